// The stylesheets are kept readable in the repository (components/**/*.css) and shipped minified:
// comments and layout whitespace go, one rule per line stays (so the sheet still reads in the
// browser's devtools). Written for the plain CSS we write: quoted strings are kept as they are,
// and a space before ':' (a descendant combinator in a selector) is kept.
'use strict';

/** Minifies the text outside quoted strings; the strings are copied unchanged. */
function minifyCss(source) {
    const parts = source.replace(/\/\*[\s\S]*?\*\//g, '').split(/("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/);
    let depth = 0;
    return parts.map((part, i) => {
        if (i % 2 === 1) {
            return part;
        }
        let out = part.replace(/\s+/g, ' ').replace(/\s*([{};,>])\s*/g, '$1').replace(/:\s+/g, ':').replace(/;}/g, '}');
        // A line break after each top-level rule.
        out = out.replace(/[{}]/g, (brace) => {
            depth += brace === '{' ? 1 : -1;
            return brace === '}' && depth === 0 ? '}\n' : brace;
        });
        return out;
    }).join('').trim() + '\n';
}

module.exports = {minifyCss};

// The readable stylesheets ship minified: what goes must be layout only.
import fs from 'node:fs';
import path from 'node:path';

import {minifyCss} from './minify';

describe('minifyCss', () => {
    it('drops comments and layout whitespace, one rule per line', () => {
        expect(minifyCss('/* why */\n.a {\n    color: red;\n    margin: 0 auto;\n}\n\n.b,\n.c > .d {\n    gap: 4px;\n}\n'))
            .toBe('.a{color:red;margin:0 auto}\n.b,.c>.d{gap:4px}\n');
    });

    it('keeps what whitespace means: descendant combinators, a space before a pseudo-class, quoted strings', () => {
        expect(minifyCss('.a .b :hover {\n    content: "two  spaces; {x}";\n}\n.e[title=\'a  b\'] { x: y }')).toBe('.a .b :hover{content:"two  spaces; {x}"}\n.e[title=\'a  b\']{x:y}\n');
    });

    it('keeps nested blocks whole on one line', () => {
        expect(minifyCss('@media (max-width: 600px) {\n    .a { margin: 0; }\n}\n.b { x: y }')).toBe('@media (max-width:600px){.a{margin:0}}\n.b{x:y}\n');
    });

    it.each(['webapp/src/components/shared/panel.css', 'webapp/src/components/admin/admin.css'])('%s: every rule survives with its declarations', (file) => {
        const source = fs.readFileSync(path.join(__dirname, '../..', file), 'utf8');
        const declarations = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '').match(/[a-z-]+\s*:[^;{}]+/g)?.length ?? 0;
        const shipped = minifyCss(source);
        expect(shipped.split('\n').filter((line) => line !== '')).toHaveLength((source.match(/\{/g) ?? []).length);
        expect(declarations(shipped)).toBe(declarations(source));
    });
});

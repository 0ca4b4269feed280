// Builds the plugin's webapp: main.js (start-up registrations only) plus lazily loaded chunks that
// the server serves from the bundle's public/ directory (see plugin.ts for the run-time public path).
const path = require('path');

// The webapp provides these as globals; bundling them would duplicate React and break hooks.
const externals = {
    react: 'React',
    'react-dom': 'ReactDOM',
    redux: 'Redux',
    'react-redux': 'ReactRedux',
    'react-intl': 'ReactIntl',
    'prop-types': 'PropTypes',
};

// A missing export is only a warning to webpack, and ships code that fails at run time: fail the build.
class FailOnWarnings {
    apply(compiler) {
        compiler.hooks.done.tap('FailOnWarnings', (stats) => {
            if (stats.hasWarnings()) {
                process.exitCode = 1;
                console.error('The build has warnings; they are treated as errors (see above).');
            }
        });
    }
}

/** The chunks of the views that read the tracker (index.ts and lazy/command_entry.ts name them). */
const TRACKER_VIEWS = ['rhs', 'cards', 'admin', 'command-run'];
/** The command's first step: its grammar, parser and help, which need no tracker. */
const COMMAND_FIRST_STEP = 'command';

function chunkNames(module, chunkGraph) {
    return new Set([...chunkGraph.getModuleChunksIterable(module)].map((chunk) => chunk.name));
}

/**
 * Whether every view that reads the tracker needs a module: what lazy/core.ts imports (the session,
 * storage, the fold, zod) and anything else they all use. The command's second step is loaded from
 * its first, so a module the first step already holds is not in the second one's chunk: for the
 * command, either step counts. What only some views use stays in theirs, and what loads later
 * (recording a change, a plugin's page, the integrity views, the IndexedDB log) in its own chunk.
 */
function everyViewNeeds(names) {
    return TRACKER_VIEWS.every((name) => names.has(name) || (name === 'command-run' && names.has(COMMAND_FIRST_STEP)));
}

module.exports = (env, argv) => ({
    mode: argv.mode ?? 'production',
    entry: path.resolve(__dirname, 'webapp/src/index.ts'),
    output: {
        path: path.resolve(__dirname, 'webapp/dist'),
        filename: 'main.js',
        chunkFilename: 'public/[name].[contenthash:8].js',
        // Set at run time from the site URL (servers under a subpath included).
        publicPath: '',
        clean: true,
    },
    resolve: {extensions: ['.ts', '.tsx', '.js', '.json']},
    module: {
        rules: [{
            // Readable stylesheets in the repository, shipped as minified strings (see scripts/css/).
            test: /\.css$/,
            loader: path.resolve(__dirname, 'scripts/css/webpack_loader.js'),
        }, {
            test: /\.tsx?$/,
            loader: 'esbuild-loader',
            // ES2020 is what every browser Mattermost supports handles natively: no polyfills, no regenerator.
            options: {target: 'es2020', jsx: 'transform', jsxFactory: 'React.createElement', jsxFragment: 'React.Fragment'},
        }],
    },
    externals,
    plugins: [new FailOnWarnings()],
    devtool: false,
    performance: {hints: false},
    optimization: {
        splitChunks: {
            chunks: 'async',
            cacheGroups: {
                // What every view needs that the command's first step needs too (the event schemas
                // it validates a draft against, zod, the process): a chunk of its own, so help and a
                // mistyped command download it but not the core.
                schema: {
                    name: 'schema',
                    test: (module, {chunkGraph}) => {
                        const names = chunkNames(module, chunkGraph);
                        return everyViewNeeds(names) && names.has(COMMAND_FIRST_STEP);
                    },
                    enforce: true,
                    priority: 20,
                },
                // The rest of what the panel, the cards, a command reading the tracker and the System
                // Console page all need: one shared chunk, loaded beside whichever is used first.
                core: {
                    name: 'core',
                    test: (module, {chunkGraph}) => everyViewNeeds(chunkNames(module, chunkGraph)),
                    enforce: true,
                    priority: 10,
                },
                default: false,
                defaultVendors: false,
            },
        },
    },
});

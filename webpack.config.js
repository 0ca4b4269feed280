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

/** The chunk each view loads on its first use (index.ts names them). */
const VIEWS = ['rhs', 'cards', 'command', 'admin'];

/**
 * Whether a module goes to the shared core: when every view's chunk holds it, which is what
 * lazy/core.ts imports (the session, storage, the fold, zod) and anything else they all use.
 * What only some views use stays in theirs, and what loads later (recording a change, a
 * plugin's page, the integrity views, the IndexedDB log) stays in its own chunk.
 */
function everyViewNeeds(module, chunkGraph) {
    const names = new Set([...chunkGraph.getModuleChunksIterable(module)].map((chunk) => chunk.name));
    return VIEWS.every((name) => names.has(name));
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
                // What the panel, the cards, the command and the System Console page all need: one
                // shared chunk, loaded beside whichever view is used first (see everyViewNeeds).
                core: {
                    name: 'core',
                    test: (module, {chunkGraph}) => everyViewNeeds(module, chunkGraph),
                    enforce: true,
                    priority: 10,
                },
                default: false,
                defaultVendors: false,
            },
        },
    },
});

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

const CORE = /[\\/](node_modules[\\/](zod)|webapp[\\/]src[\\/](domain|state|storage|lazy[\\/]core|mattermost[\\/]host_state))[\\/.]/;

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
                // What the panel, the cards, the command and the System Console page all need: the
                // session, storage over the REST API, the fold and zod. One shared chunk, loaded beside
                // whichever of the three views is used first. (UI pieces shared by the panel and the
                // System Console page stay out of it: the command does not need them.)
                core: {
                    name: 'core',
                    // (Not the slash command's registration: only the command uses it. Not a system
                    // admin's restore and accept: they load on first use. Not the log kept in
                    // IndexedDB: its chunk downloads while the tracker is looked up. Not what a policy
                    // changed: only saving a policy and the channel's policy lines say it.)
                    test: (module) => CORE.test(module.resource ?? '') && !/slash_command_registration|session[\\/](integrity_actions|restore_plan|log_cache\.|log_cache_browser|indexed_db_records)|domain[\\/]policy_(diff|message)\./.test(module.resource ?? ''),
                    enforce: true,
                    priority: 10,
                },
                default: false,
                defaultVendors: false,
            },
        },
    },
});

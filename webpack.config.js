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
    devtool: false,
    performance: {hints: false},
    optimization: {
        // One lazy chunk: everything loads together on first use, in a single request.
        splitChunks: false,
    },
});

// Builds the local Mattermost's host page: index.html, the app bundle, base CSS and compass icons.
// No css/html loaders are installed, so static files are emitted by the small plugin below.
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');

const repoRoot = path.resolve(__dirname, '..', '..');
const compassDir = path.join(repoRoot, 'node_modules', '@mattermost', 'compass-icons');

class EmitStaticFilesPlugin {
    apply(compiler) {
        const {RawSource} = compiler.webpack.sources;
        compiler.hooks.thisCompilation.tap('EmitStaticFilesPlugin', (compilation) => {
            compilation.hooks.processAssets.tap({name: 'EmitStaticFilesPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL}, () => {
                const emit = (name, file) => {
                    compilation.fileDependencies.add(file);
                    compilation.emitAsset(name, new RawSource(fs.readFileSync(file)));
                };
                emit('index.html', path.join(__dirname, 'index.html'));
                emit('host.css', path.join(__dirname, 'host.css'));

                // compass-icons.css refers to ../font/, so keep the package's layout.
                emit('compass/css/compass-icons.css', path.join(compassDir, 'css', 'compass-icons.css'));
                for (const font of fs.readdirSync(path.join(compassDir, 'font'))) {
                    emit(`compass/font/${font}`, path.join(compassDir, 'font', font));
                }
            });
        });
    }
}

// HOST_PROFILING=1: React's profiling build, so that the Profiler around plugin components reports
// their render times (src/plugin_render_time.ts), into dist-profiling/; the bench measures with it.
const profiling = process.env.HOST_PROFILING === '1';

module.exports = {
    mode: process.env.NODE_ENV === 'development' ? 'development' : 'production',
    context: __dirname,
    entry: './src/main.tsx',
    output: {
        path: path.join(__dirname, profiling ? 'dist-profiling' : 'dist'),
        filename: 'host.js',
        publicPath: '/',
        clean: true,
    },
    // react-dom/client requires 'react-dom', so one alias swaps both.
    resolve: {extensions: ['.tsx', '.ts', '.js'], alias: profiling ? {'react-dom$': 'react-dom/profiling'} : {}},
    module: {
        rules: [{test: /\.tsx?$/, loader: 'esbuild-loader', options: {target: 'es2020', jsx: 'transform'}}],
    },
    // mattermost-redux pulls in moment; its 130 locale files are never used by the host.
    plugins: [new EmitStaticFilesPlugin(), new webpack.IgnorePlugin({resourceRegExp: /^\.\/locale$/, contextRegExp: /moment$/})],
    devtool: 'source-map',
    performance: {hints: false},
};

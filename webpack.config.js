// Builds the add-in (taskpane.html with the shared-runtime functions, functions.json and its
// zh-CN twin). HyperFormula never enters these bundles; ExcelJS only as a chunk the pane loads on demand (see test/bundle.test.ts).
const path = require('path');
const webpack = require('webpack');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { GriffelCSSExtractionPlugin } = require('@griffel/webpack-extraction-plugin');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');
const { LocalizedFunctionsMetadataPlugin } = require('./scripts/localized-functions-metadata');

const DEV_PORT = Number(process.env.PORT || 3000);

/** The pane page's Content-Security-Policy: only our own origin, plus Microsoft's office.js CDN. */
const CSP = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

/** The workbench page's Content-Security-Policy: its own origin only, no network beyond it, no office.js. */
const WORKBENCH_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** HTTPS options for the dev server in Office (trusted localhost certificates); the workbench uses HTTP. */
async function devServerHttps() {
  if (process.env.HTTPS === '0' || !process.env.WEBPACK_SERVE) return 'http';
  const devCerts = require('office-addin-dev-certs');
  return { type: 'https', options: await devCerts.getHttpsServerOptions() };
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== 'production';
  return {
    devtool: dev ? 'source-map' : false,
    entry: {
      functions: './src/functions/functions.ts',
      // The pane page loads functions.js first (shared runtime): the pane reuses its modules (core, models).
      taskpane: { import: './src/taskpane/index.tsx', dependOn: 'functions' },
      // The page an Office dialog opens to hand a file over where the WebView blocks downloads (Mac).
      'download-dialog': './src/excel/office-file-dialog-page.ts',
      // `--env benchHello`: the bare Fluent UI page that the start-up benchmark compares the pane with.
      ...(env && env.benchHello ? { hello: './bench/hello/index.tsx', panebench: './bench/hello/pane.tsx' } : {}),
      // The local workbench (HyperFormula, GPL-3.0; ExcelJS loaded on demand): never in the add-in bundles.
      workbench: './src/workbench/ui/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      chunkFilename: 'chunks/[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules: [
        {
          // Every style rule (Fluent's precompiled ones and ours) goes into one stylesheet the page links: the pane does
          // not insert hundreds of rules one by one as it first renders, and its scripts no longer carry the CSS text.
          test: /\.(js|mjs|ts|tsx)$/,
          include: [/node_modules[\\/]@fluentui[\\/]/, path.resolve(__dirname, 'src'), path.resolve(__dirname, 'bench')],
          use: { loader: GriffelCSSExtractionPlugin.loader },
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Griffel's build-time transform (after TypeScript): our makeStyles arrive as precompiled CSS rules, as Fluent's own do,
          // so the pane does not parse and compile its styles while it starts.
          use: [{ loader: '@griffel/webpack-loader' }, { loader: 'ts-loader', options: { transpileOnly: true } }],
        },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] },
      ],
    },
    performance: { hints: false },
    plugins: [
      // Griffel orders its own rules in the one stylesheet; the order chunks would give them does not matter.
      new MiniCssExtractPlugin({ ignoreOrder: true, filename: '[name].css', chunkFilename: 'chunks/[name].[contenthash:8].css' }),
      new GriffelCSSExtractionPlugin(),
      // pptxgenjs's ES build imports node:fs/node:https on its Node-only paths; browsers never run them.
      new webpack.IgnorePlugin({ resourceRegExp: /^node:/ }),
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './src/functions/functions.ts' }),
      new LocalizedFunctionsMetadataPlugin({
        source: 'functions.json',
        locales: { 'zh-CN': './src/functions/functions.zh-CN.json' },
        // Errors reach the functions (per-cell results, "holds the error #N/A"); data types arrive as objects, read by their basic value.
        flags: { allowErrorForDataTypeAny: true, allowCustomDataForDataTypeAny: true },
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
        templateParameters: { csp: CSP },
      }),
      new HtmlWebpackPlugin({
        filename: 'workbench.html',
        template: './src/workbench/ui/workbench.html',
        chunks: ['workbench'],
        templateParameters: { csp: WORKBENCH_CSP },
      }),
      ...(env && env.benchHello
        ? [
            new HtmlWebpackPlugin({ filename: 'hello.html', template: './src/taskpane/taskpane.html', chunks: ['hello'], templateParameters: { csp: CSP } }),
            new HtmlWebpackPlugin({ filename: 'panebench.html', template: './src/taskpane/taskpane.html', chunks: ['panebench'], templateParameters: { csp: CSP } }),
          ]
        : []),
      new HtmlWebpackPlugin({
        filename: 'download-dialog.html',
        template: './src/excel/download-dialog.html',
        chunks: ['download-dialog'],
        templateParameters: { csp: CSP },
      }),
      new HtmlWebpackPlugin({ filename: 'help.html', template: './src/taskpane/help.html', chunks: [], templateParameters: { csp: CSP } }),
      new CopyWebpackPlugin({ patterns: [{ from: 'assets/*.png', to: 'assets/[name][ext]' }, { from: 'manifest.xml', to: 'manifest.xml' }] }),
    ],
    devServer: {
      port: DEV_PORT,
      hot: false,
      liveReload: false,
      static: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: await devServerHttps(),
    },
  };
};

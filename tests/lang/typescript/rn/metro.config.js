// Metro's configuration for tests/lang_typescript.rs: the app in this folder,
// the errgen-codes package in ./node_modules, and Metro, Babel and React
// Native's Babel preset in the toolchain's node_modules ($RN_MODULES).
const path = require('path');
const modules = process.env.RN_MODULES;
module.exports = {
  projectRoot: __dirname,
  watchFolders: [modules],
  resolver: {
    unstable_enablePackageExports: true,
    useWatchman: false,
    nodeModulesPaths: [modules],
  },
  transformer: {
    babelTransformerPath: require.resolve(path.join(modules, '@react-native/metro-babel-transformer')),
    asyncRequireModulePath: require.resolve(path.join(modules, 'metro-runtime/src/modules/asyncRequire')),
  },
  cacheStores: [],
};

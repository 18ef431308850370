// React Native's Babel preset, as an app's babel.config.js names it.
const path = require('path');
module.exports = { presets: [require.resolve(path.join(process.env.RN_MODULES, '@react-native/babel-preset'))] };

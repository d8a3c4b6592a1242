export default {
  displayName: 'integrates-api',
  preset: '../../jest.preset.js',
};

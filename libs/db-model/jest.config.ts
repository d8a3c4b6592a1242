export default {
  displayName: 'db-model',
  preset: '../../jest.preset.js',
};

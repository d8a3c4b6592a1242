export default {
  displayName: 'severity',
  preset: '../../jest.preset.js',
};

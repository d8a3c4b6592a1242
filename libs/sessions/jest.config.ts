export default {
  displayName: 'sessions',
  preset: '../../jest.preset.js',
};

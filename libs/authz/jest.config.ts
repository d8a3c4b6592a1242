export default {
  displayName: 'authz',
  preset: '../../jest.preset.js',
};

export default {
  displayName: 'multitasking',
  preset: '../../jest.preset.js',
};

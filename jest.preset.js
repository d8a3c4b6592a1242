// Shared by every project's jest.config.ts. SWC only strips types (fast); type-checking is the `typecheck` target's job.
const path = require('node:path');

module.exports = {
  testEnvironment: 'node',
  resolver: '@nx/jest/plugins/resolver',
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  testMatch: ['**/?(*.)+(spec|test).ts'],
  transform: {
    '^.+\\.(t|j|mj)s$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs' },
        swcrc: false,
      },
    ],
  },
  // ESM-only packages we depend on are compiled to CommonJS for jest (node itself loads them through require(esm)).
  transformIgnorePatterns: ['/node_modules/(?!(jose|openid-client|oauth4webapi)/)'],
  setupFiles: [path.join(__dirname, 'jest.setup.js')],
  testTimeout: 30000,
};

// Tests log as JSON at warn level unless a test asks for more.
process.env.ENVIRONMENT = process.env.ENVIRONMENT || 'test';
process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'warn';

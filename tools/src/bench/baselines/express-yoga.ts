/** Baseline: GraphQL Yoga mounted in Express 5, as the app mounts it. Run by the benchmark as its own process. */
import { createServer } from 'node:http';
import express from 'express';
import { announce, baselineYoga } from './baseline-schema';

const yoga = baselineYoga();
const app = express();
app.disable('x-powered-by');
app.use('/api', (request, response) => {
  void yoga(request, response);
});
announce(createServer(app), 'express-yoga');

/** Baseline: GraphQL Yoga on bare node:http. Run by the benchmark as its own process. */
import { createServer } from 'node:http';
import { announce, baselineYoga } from './baseline-schema';

announce(createServer(baselineYoga()), 'yoga-node-http');

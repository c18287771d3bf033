// Trains the CycleGAN toy off the main thread.
import { serveEngine } from '../worker/serve-engine';
import { createCycleEngine } from './cycle-engine';

serveEngine(createCycleEngine);

// Trains the GAN off the main thread, so the page keeps drawing at full speed while thousands of rounds run.
import { serveEngine } from '../worker/serve-engine';
import { createEngine } from './engine';

serveEngine(createEngine);

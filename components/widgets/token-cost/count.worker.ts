// Counts tokens off the main thread with the GPT-2/GPT-3 tokenizer (r50k_base), so a megabyte of text
// never freezes the page. Only the newest job runs to the end; older ones stop at their next pause.
import { countTokens } from 'gpt-tokenizer/encoding/r50k_base';
import { runCount, type CountMessage } from './count-job';

// Pasted text may contain "<|endoftext|>"; it is counted as ordinary text, not rejected.
const options = { disallowedSpecial: new Set<string>() };
let latest = 0;

self.onmessage = (event: MessageEvent<{ id: number; text: string }>) => {
  const { id, text } = event.data;
  latest = id;
  void runCount(
    id,
    text,
    (chunk) => countTokens(chunk, options),
    () => latest === id,
    (message: CountMessage) => self.postMessage(message),
  );
};

// Runs before first paint on the slides page: shows only the slide the URL hash names, so the deck never
// flashes every section or jumps from the first slide to the linked one.
//
// Two scripts. The early one sits before the deck and knows, from the server, which slide holds each heading:
// with it the browser never lays out the other slides while the long page is still being parsed. The late
// one runs after the deck and also resolves any other element id the hash may name (a widget, a question).

const style = `function show(id){var st=document.getElementById('slide-visibility');if(!st){st=document.createElement('style');st.id='slide-visibility';document.head.appendChild(st)}st.textContent='[data-deck] section[data-section]:not([data-section="'+String(id).replace(/"/g,'')+'"]){display:none}'}`;

const late = `(function(){try{${style}var d=document.querySelector('[data-deck]');if(!d)return;var s=d.querySelectorAll('section[data-section]');if(!s.length)return;var h=decodeURIComponent(location.hash.slice(1));var t=h&&document.getElementById(h);var c=(t&&t.closest&&t.closest('section[data-section]'))||null;if(!c&&h){for(var i=0;i<s.length;i++){if(s[i].getAttribute('data-section')===h){c=s[i];break}}}show((c||s[0]).getAttribute('data-section'))}catch(e){}})()`;

function early(slideOf: Readonly<Record<string, string>>, first: string): string {
  return `(function(){try{${style}var m=${JSON.stringify(slideOf).replace(/</g, '\\u003c')};var h=decodeURIComponent(location.hash.slice(1));show(Object.prototype.hasOwnProperty.call(m,h)?m[h]:${JSON.stringify(first)})}catch(e){}})()`;
}

/** Which slide holds each heading: a `##` heading is its own slide, a `###` heading is in the last `##` before it. */
export function slideOfHeadings(headings: readonly { depth: number; id: string }[], slides: readonly string[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const id of slides) map[id] = id;
  let section = slides.includes('intro') ? 'intro' : (slides[0] ?? '');
  for (const h of headings) {
    if (h.depth === 2) section = h.id;
    map[h.id] = section;
  }
  return map;
}

export function SlideScript({ slideOf, first }: { slideOf?: Readonly<Record<string, string>>; first?: string } = {}) {
  const source = slideOf && first ? early(slideOf, first) : late;
  return <script dangerouslySetInnerHTML={{ __html: source }} />;
}

// Runs before first paint on the slides page: shows only the slide the URL hash names, so the deck never
// flashes every section or jumps from the first slide to the linked one.
const script = `(function(){try{var d=document.querySelector('[data-deck]');if(!d)return;var s=d.querySelectorAll('section[data-section]');if(!s.length)return;var h=decodeURIComponent(location.hash.slice(1));var t=h&&document.getElementById(h);var c=(t&&t.closest&&t.closest('section[data-section]'))||null;if(!c&&h){for(var i=0;i<s.length;i++){if(s[i].getAttribute('data-section')===h){c=s[i];break}}}var id=(c||s[0]).getAttribute('data-section');var st=document.createElement('style');st.id='slide-visibility';st.textContent='[data-deck] section[data-section]:not([data-section="'+id.replace(/"/g,'')+'"]){display:none}';document.head.appendChild(st)}catch(e){}})()`;

export function SlideScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}

// Colours shared by the live canvases and the server-rendered SVG: green for real data, violet for generated.
export const COLORS = Object.freeze({ real: '#059669', fake: '#7c3aed', grid: 'rgba(100,116,139,0.55)', d: '#0e7490', g: '#c026d3' });

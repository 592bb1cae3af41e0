/**
 * The map benchmark (./parkwatch bench map, issue 18): a synthetic park of N live point features (a grid of
 * detectors around the demo park's centre, coloured by their value like the live map), every value changed once a
 * second, while the view pans continuously as a hand drag would (view.beginInteraction: the map is "interacting").
 * Frame intervals come from requestAnimationFrame. Parameters from the query: `n` (features, 10000), `seconds` (pan
 * time, 10), `redraw` (1: the layer redraws while interacting, as when values must move during a pan; 0: OpenLayers'
 * default: the drawing instructions are replayed moved, and rebuilt when the pan stops), `layer` (vector: a
 * canvas vector layer as the live map has; image: ol.layer.VectorImage, drawn to an image that is only moved during
 * the pan and redrawn after it and on each change; icon: the same with the circles pre-drawn as icons; webgl:
 * ol.layer.WebGLPoints, the colour an expression on the feature's band, buffers rebuilt in a worker; sharded: the
 * icon layer split into `shards` (8) VectorImage layers, each redrawn in its own eighth of the second, so no frame
 * carries the redraw of all N). The result is written as JSON to `body[data-bench-result]`:
 * {features, seconds, frames, fps, longestFrameMs, p95FrameMs, updates, layer, redrawWhilePanning}.
 */
const params = new URLSearchParams(location.search);
const N = Number(params.get('n') || 10000);
const SECONDS = Number(params.get('seconds') || 10);
const REDRAW = params.get('redraw') === '1';
const LAYER = ['image', 'webgl', 'icon', 'sharded'].includes(params.get('layer')) ? params.get('layer') : 'vector';
/** sharded: the features in this many VectorImage layers, each redrawn in its own slot of the second. */
const SHARDS = Number(params.get('shards') || 8);
const BANDS = ['#2ecc71', '#f1c40f', '#e67e22', '#c0392b'];
const band = (v) => Math.min(3, Math.floor(v * 4));
const CENTRE = [113.6, 34.8];

function styles(ol) {
  const circle = (fill) => new ol.style.Style({ image: new ol.style.Circle({ radius: 4,
    fill: new ol.style.Fill({ color: fill }), stroke: new ol.style.Stroke({ color: '#34495e', width: 1 }) }) });
  const bands = BANDS.map(circle);
  return (feature) => bands[band(feature.get('v'))];
}

/** The same circles drawn once into small canvases: the image layer then only copies pixels per feature. */
function iconStyles(ol) {
  const icon = (fill) => {
    const c = document.createElement('canvas');
    c.width = 10; c.height = 10;
    const g = c.getContext('2d');
    g.beginPath(); g.arc(5, 5, 4, 0, 2 * Math.PI);
    g.fillStyle = fill; g.fill(); g.lineWidth = 1; g.strokeStyle = '#34495e'; g.stroke();
    return new ol.style.Style({ image: new ol.style.Icon({ img: c, width: 10, height: 10 }) });
  };
  const bands = BANDS.map(icon);
  return (feature) => bands[band(feature.get('v'))];
}

/** WebGL points: the colour is an expression on the feature's band, evaluated on the GPU (no style function). */
const WEBGL_STYLE = {
  'circle-radius': 4,
  'circle-fill-color': ['match', ['get', 'band'], 0, BANDS[0], 1, BANDS[1], 2, BANDS[2], BANDS[3]],
  'circle-stroke-color': '#34495e',
  'circle-stroke-width': 1,
};

function park(ol) {
  const side = Math.ceil(Math.sqrt(N));
  const features = [];
  for (let i = 0; i < N; i++) {
    const lon = CENTRE[0] - 0.03 + (0.06 * (i % side)) / side;
    const lat = CENTRE[1] - 0.02 + (0.04 * Math.floor(i / side)) / side;
    const v = (i % 97) / 97;
    features.push(new ol.Feature({ geometry: new ol.geom.Point(ol.proj.fromLonLat([lon, lat])), v, band: band(v) }));
  }
  return features;
}

function run() {
  const { ol } = window;
  const features = park(ol);
  const source = new ol.source.Vector({ features });
  const options = { source, style: LAYER === 'icon' || LAYER === 'sharded' ? iconStyles(ol) : styles(ol) };
  let layer;
  let layers;
  if (LAYER === 'webgl') layer = new ol.layer.WebGLPoints({ source, style: WEBGL_STYLE, disableHitDetection: true });
  else if (LAYER === 'image' || LAYER === 'icon') layer = new ol.layer.VectorImage(options);
  else if (LAYER === 'sharded') {
    layers = Array.from({ length: SHARDS }, (_, k) => new ol.layer.VectorImage({ style: options.style,
      source: new ol.source.Vector({ features: features.filter((_f, i) => i % SHARDS === k) }) }));
  } else layer = new ol.layer.Vector({ ...options, updateWhileInteracting: REDRAW, updateWhileAnimating: REDRAW });
  const map = new ol.Map({ target: 'map', layers: layers || [layer],
    view: new ol.View({ center: ol.proj.fromLonLat(CENTRE), zoom: 14 }) });
  let updates = 0;
  let shardTimer = null;
  if (layers) { // every shard once a second, each in its own slot: one image redraw of N/SHARDS features at a time
    let k = 0;
    shardTimer = setInterval(() => {
      const shard = layers[k];
      for (const f of shard.getSource().getFeatures()) {
        const v = (f.get('v') + 0.137) % 1;
        f.set('v', v, true);
        f.set('band', band(v), true);
      }
      shard.changed();
      k = (k + 1) % SHARDS;
      if (k === 0) updates++;
    }, 1000 / SHARDS);
  }
  const tick = setInterval(() => { // 1 Hz: every value changes, one redraw of the layer (live-colouring batches so)
    if (layers) return;
    updates++;
    // canvas layers: silent sets and one redraw; WebGL: each feature announces its change (the renderer keeps its
    // own copy of the properties it draws) and the buffers are rebuilt once, in a worker
    const silent = LAYER !== 'webgl';
    for (const f of features) {
      const v = (f.get('v') + 0.137) % 1;
      f.set('v', v, true);
      f.set('band', band(v), silent);
    }
    if (silent) layer.changed();
  }, 1000);
  map.once('rendercomplete', () => {
    const view = map.getView();
    const start = view.getCenter();
    const frames = [];
    let last = null;
    let t0 = null;
    view.beginInteraction();
    const frame = (now) => {
      if (t0 === null) t0 = now;
      if (last !== null) frames.push(now - last);
      last = now;
      const t = (now - t0) / 1000;
      // a slow circle of 600 m radius, about one turn per 5 s
      view.setCenter([start[0] + 600 * Math.cos(t * 1.25), start[1] + 600 * Math.sin(t * 1.25)]);
      if (t < SECONDS) { requestAnimationFrame(frame); return; }
      view.endInteraction();
      clearInterval(tick);
      if (shardTimer) clearInterval(shardTimer);
      const sorted = [...frames].sort((a, b) => a - b);
      const total = frames.reduce((s, x) => s + x, 0);
      const r1 = (x) => Math.round(x * 10) / 10;
      document.body.dataset.benchResult = JSON.stringify({ features: N, seconds: r1(total / 1000), frames: frames.length,
        fps: r1(frames.length / (total / 1000)), longestFrameMs: r1(sorted[sorted.length - 1]),
        p95FrameMs: r1(sorted[Math.floor(sorted.length * 0.95)]), updates, layer: LAYER, redrawWhilePanning: REDRAW });
    };
    requestAnimationFrame(frame);
  });
}

if (document.readyState === 'complete') run(); else window.addEventListener('load', run);

/**
 * Adding an enterprise in the browser (issue 18, onboarding in ten minutes), from the menu (`registry:write`): the
 * registry names and activity, the site outline drawn on the small map or imported as GeoJSON, the tag list that
 * `./parkwatch browse` wrote (pasted or uploaded, reviewed), optionally the bridge skeleton; one submit
 * (`POST api/enterprises`) answers with the bridge's configuration and MQTT credentials, shown this once and
 * downloadable. A file or field that is wrong is named (here or by the server) and nothing is changed.
 * Hooks: `#onboard-page`, `#onboard-id|name-zh|name-en|activity|tags|bridge`, `#onboard-site-file`,
 * `#onboard-tags-file`, `#onboard-bridge-file`, `[data-action=draw|submit]`, `#onboard-result[data-bridge-id]`,
 * `#onboard-password`, `a[data-download=config|password]`.
 */
import { postJson } from '../api.js';
import { t } from '../i18n/index.js';
import { h } from '../ui/dom.js';
import { AdminPage, problem } from './page.js';
import { SiteMap } from './site-map.js';

const ACTIVITIES = ['production', 'storage', 'administration', 'disposal'];

export class OnboardingPage {
  constructor(container) {
    this.page = new AdminPage(container, 'onboard-page', 'onb.title');
    this.site = new SiteMap();
    this.values = { id: '', nameZh: '', nameEn: '', activity: 'production', tags: '', bridge: '' };
    this.result = null;
  }

  show() {
    this.page.show();
    this.render();
    this.site.attach();
  }

  render() {
    this.page.renderChrome();
    if (!this.page.open) return;
    const field = (key, label, input) => h('label', { class: 'onb-field' }, h('span', {}, label), input);
    const text = (key, attrs = {}) => h('input', { id: `onboard-${key.replace('nameZh', 'name-zh').replace('nameEn', 'name-en')}`,
      value: this.values[key], ...attrs, oninput: (e) => { this.values[key] = e.target.value; } });
    const area = (key) => h('textarea', { id: `onboard-${key}`, rows: 6, spellcheck: 'false',
      placeholder: t(`onb.${key}.placeholder`), oninput: (e) => { this.values[key] = e.target.value; } });
    const tagsArea = area('tags');
    tagsArea.value = this.values.tags;
    const bridgeArea = area('bridge');
    bridgeArea.value = this.values.bridge;
    // the browser's own file button speaks the browser's language: a labelled button in the page's instead
    const upload = (id, onText) => {
      const chosen = h('span', { class: 'muted' }, t('onb.noFile'));
      return h('label', { class: 'file-button' }, t('onb.chooseFile'),
        h('input', { id, type: 'file', class: 'file-input', accept: '.json,.geojson,application/json',
          onchange: (e) => { chosen.textContent = e.target.files[0]?.name || t('onb.noFile'); this.readFile(e.target.files[0], onText); } }),
        ' ', chosen);
    };
    this.page.fill(h('form', { class: 'onb-form', onsubmit: (e) => { e.preventDefault(); this.submit(); } },
      h('fieldset', {}, h('legend', {}, t('onb.registry')),
        field('id', t('onb.id'), text('id', { required: true, maxlength: 32, placeholder: 'E09' })),
        field('nameZh', t('onb.nameZh'), text('nameZh', { required: true, maxlength: 100 })),
        field('nameEn', t('onb.nameEn'), text('nameEn', { maxlength: 100 })),
        field('activity', t('onb.activity'), h('select', { id: 'onboard-activity',
          onchange: (e) => { this.values.activity = e.target.value; } },
        ACTIVITIES.map((a) => h('option', { value: a, selected: this.values.activity === a }, t(`onb.activity.${a}`)))))),
      h('fieldset', {}, h('legend', {}, t('onb.site')),
        h('p', { class: 'muted' }, t('onb.site.help')),
        h('div', { class: 'onb-row' },
          h('button', { type: 'button', dataset: { action: 'draw' }, onclick: () => this.site.startDrawing() }, t('onb.draw')),
          h('span', {}, `${t('onb.import')}：`), upload('onboard-site-file', (s) => this.importSite(s))),
        this.site.element),
      h('fieldset', {}, h('legend', {}, t('onb.tags')),
        h('p', { class: 'muted' }, t('onb.tags.help')),
        upload('onboard-tags-file', (s) => { this.values.tags = s; tagsArea.value = s; }), tagsArea),
      h('fieldset', {}, h('legend', {}, t('onb.bridge')),
        h('p', { class: 'muted' }, t('onb.bridge.help')),
        upload('onboard-bridge-file', (s) => { this.values.bridge = s; bridgeArea.value = s; }), bridgeArea),
      h('button', { type: 'submit', class: 'primary', dataset: { action: 'submit' } }, t('onb.submit'))),
    this.result ? this.resultView(this.result) : null);
  }

  readFile(file, onText) {
    if (!file) return;
    file.text().then(onText).catch((e) => this.page.say(t('onb.fileUnreadable', { name: file.name, msg: e.message })));
  }

  importSite(text) {
    try {
      this.site.importText(text);
      this.page.say(null);
    } catch (e) {
      this.page.say(t('onb.siteBad', { msg: e instanceof SyntaxError ? e.message : t('onb.siteCount', { n: e.message }) }));
    }
  }

  /** Parses a pasted JSON field; null when empty; throws a message naming the field. */
  json(key) {
    const s = this.values[key].trim();
    if (!s) return null;
    try { return JSON.parse(s); } catch (e) { throw new Error(t('onb.jsonBad', { field: t(`onb.${key}`), msg: e.message })); }
  }

  async submit() {
    this.page.say(null);
    let body;
    try {
      const site = this.site.geometry();
      if (!site) throw new Error(t('onb.siteMissing'));
      const tags = this.json('tags');
      if (!tags) throw new Error(t('onb.tagsMissing'));
      body = { id: this.values.id.trim(), nameZh: this.values.nameZh.trim(), nameEn: this.values.nameEn.trim(),
        activity: this.values.activity, site, tags };
      const bridge = this.json('bridge');
      if (bridge) body.bridge = bridge;
    } catch (e) { this.page.say(e.message); return; }
    try {
      this.result = await postJson('api/enterprises', body);
      this.page.say(t('onb.done', { id: this.result.enterpriseId }), 'ok');
      this.render();
      document.getElementById('onboard-result')?.scrollIntoView();
    } catch (e) { this.page.say(t('onb.refused', { msg: problem(e) })); }
  }

  resultView(r) {
    const download = (kind, name, content, type) => h('a', { class: 'button', dataset: { download: kind }, download: name,
      // a data: URL: the text stays readable from the link (a blob: URL could not be fetched back under the CSP)
      href: `data:${type};charset=utf-8,${encodeURIComponent(content)}` }, t(`onb.download.${kind}`, { name }));
    const configName = `${r.bridgeId}-bridge.json`;
    return h('section', { id: 'onboard-result', class: 'onb-result', dataset: { bridgeId: r.bridgeId } },
      h('h3', {}, t('onb.result', { id: r.enterpriseId })),
      h('p', {}, t('onb.result.tags', { n: r.tags, bridge: r.bridgeId })),
      h('p', {}, `${t('onb.username')}: `, h('code', {}, r.username)),
      h('p', {}, `${t('onb.password')}: `, h('code', { id: 'onboard-password' }, r.password)),
      h('p', { class: 'warn' }, t('onb.once')),
      h('div', { class: 'onb-row' },
        r.bridgeConfig ? download('config', configName, JSON.stringify(r.bridgeConfig, null, 2), 'application/json') : null,
        download('password', r.passwordFile, `${r.password}\n`, 'text/plain')),
      r.bridgeConfig ? null : h('p', { class: 'muted' }, t('onb.noBridge')),
      h('p', { class: 'muted' }, t('onb.next', { config: configName })),
      r.restartRequired ? h('p', { class: 'warn' }, t('onb.restart')) : null);
  }
}

/** The language button: shows the other language's name and switches to it (kept in localStorage). */
import { t, lang, setLang, onLangChange } from '../i18n/index.js';

export function bindLanguageButton(button) {
  const label = () => {
    button.textContent = t('lang.other');
    button.title = t('lang.switchTitle');
  };
  button.addEventListener('click', () => setLang(lang() === 'zh-CN' ? 'en' : 'zh-CN'));
  onLangChange(label);
  label();
}

/** The small live-connection indicator next to the strip; its state also sits in body[data-ws]. */
export function showSocketState(element, state) {
  element.dataset.state = state;
  element.textContent = t(`ws.${state}`);
}

/**
 * The camera popup's live picture (issue 18, video): a camera feature's popup shows its stream, or says that no
 * video is configured for it.
 */
import { t } from '../i18n/index.js';
import { h } from '../ui/dom.js';
import { canonicalKind } from '../map/kinds.js';
import { cameraVideo } from './player.js';

/** A popup section (see FeaturePopup.addSection): the picture for cameras, nothing for other features. */
export function cameraSection(feature) {
  if (canonicalKind(feature.get('kind')) !== 'camera') return null;
  return h('section', { class: 'popup-video' }, h('h3', {}, t('video.title')), cameraVideo(String(feature.getId())));
}

// The track-status banner: shown while the track is not clear (yellow, safety car, VSC, red flag).

const STATUS = {
  1: null,
  2: { cls: 'yellow', text: 'Yellow flag' },
  4: { cls: 'sc', text: 'Safety car' },
  5: { cls: 'red', text: 'Red flag' },
  6: { cls: 'vsc', text: 'Virtual safety car' },
  7: { cls: 'vsc', text: 'Virtual safety car ending' },
};

/** What the banner says for a track status: {cls, text} or null while the track is clear or unknown. */
export function trackStatusBanner(trackStatus) {
  if (!trackStatus || trackStatus.code == null) return null;
  const known = STATUS[Number(trackStatus.code)];
  if (known !== undefined) return known;
  return { cls: 'other', text: trackStatus.message || `Track status ${trackStatus.code}` };
}

export function renderBanner(root, snapshot) {
  const banner = trackStatusBanner(snapshot.trackStatus);
  root.hidden = !banner;
  root.dataset.trackStatus = snapshot.trackStatus?.code ?? '';
  root.className = `banner ${banner ? `banner-${banner.cls}` : ''}`;
  root.textContent = banner ? banner.text : '';
}

// The race-control feed: the messages of the race director, newest first, with their flag.

const FLAG_CLASS = {
  GREEN: 'flag-green', CLEAR: 'flag-green', YELLOW: 'flag-yellow', 'DOUBLE YELLOW': 'flag-yellow',
  RED: 'flag-red', BLUE: 'flag-blue', CHEQUERED: 'flag-chequered', 'BLACK AND WHITE': 'flag-bw',
};

export function renderRaceControl(list, messages) {
  const key = messages.length ? `${messages[0].index}:${messages[messages.length - 1].index}:${messages.length}` : '';
  if (list.dataset.key === key) return;
  list.dataset.key = key;
  list.replaceChildren();
  if (!messages.length) {
    const li = document.createElement('li');
    li.className = 'empty';
    li.textContent = 'No messages from race control yet.';
    list.append(li);
    return;
  }
  for (const m of [...messages].reverse()) {
    const li = document.createElement('li');
    li.dataset.index = m.index;
    li.className = `rc ${classOf(m)}`;
    const meta = document.createElement('span');
    meta.className = 'rc-meta';
    meta.textContent = [m.lap != null ? `Lap ${m.lap}` : null, time(m.messageUtc)].filter(Boolean).join(' · ');
    const text = document.createElement('span');
    text.className = 'rc-text';
    text.textContent = m.message;
    li.append(meta, text);
    list.append(li);
  }
}

function classOf(m) {
  if (m.flag && FLAG_CLASS[m.flag]) return FLAG_CLASS[m.flag];
  if (m.category === 'SafetyCar') return 'flag-sc';
  if (/PENALTY|INVESTIGATION/.test(m.message ?? '')) return 'rc-stewards';
  return '';
}

function time(utc) {
  if (!utc) return null;
  const d = new Date(utc);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(11, 19) + ' UTC';
}

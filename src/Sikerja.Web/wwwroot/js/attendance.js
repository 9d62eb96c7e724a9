// "Hari ini": one button that takes the location and sends the check-in. Every record gets its id on the phone and
// waits in localStorage until the server has answered, so a record made without signal is sent when it returns,
// and a retry never makes a second one (the server answers a known id with the stored receipt).
(() => {
  const root = document.getElementById('checkin');
  if (!root) return;
  const d = root.dataset;
  const KEY = 'sikerja.attendance.queue';
  const button = document.getElementById('checkin-button');
  const status = document.getElementById('checkin-status');
  const queueList = document.getElementById('checkin-queue');
  const modeSelect = document.getElementById('checkin-mode');
  const photoInput = document.getElementById('checkin-photo');
  const token = root.querySelector('input[name="__RequestVerificationToken"]').value;
  const flagWords = JSON.parse(d.flags);
  let next = d.next;
  let sending = false;

  const load = () => JSON.parse(localStorage.getItem(KEY) || '[]');
  const save = (q) => localStorage.setItem(KEY, JSON.stringify(q));
  const fmt = (s, n) => s.replace('{0}', n);
  const label = () => { button.textContent = next === 'In' ? d.labelIn : d.labelOut; };
  const time = (iso) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

  const showQueue = () => {
    queueList.replaceChildren(...load().map((r) => {
      const li = document.createElement('li');
      li.className = 'queued';
      li.textContent = `${r.direction === 'In' ? d.labelIn : d.labelOut} ${time(r.deviceAt)} — ${d.msgQueued}`;
      return li;
    }));
  };

  const describe = (r) => {
    const words = [r.direction === 'In' ? d.msgIn : d.msgOut, time(r.deviceAt)];
    if (r.minutesOff === 0) words.push(d.msgOntime);
    else words.push(fmt(r.direction === 'In' ? d.msgLate : d.msgEarly, r.minutesOff));
    if (r.duplicate) words.push(d.msgDuplicate);
    r.flags.forEach((f) => words.push(flagWords[f] || f));
    return words.join(' · ');
  };

  const send = async (record) => {
    const response = await fetch(d.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', RequestVerificationToken: token },
      body: JSON.stringify(record),
      credentials: 'same-origin',
    });
    if (response.status >= 500 || response.status === 0) throw new Error('retry');
    return { ok: response.ok, body: await response.json().catch(() => ({})) };
  };

  const flush = async () => {
    if (sending) return;
    sending = true;
    try {
      for (const record of load()) {
        let answer;
        try {
          answer = await send(record);
        } catch {
          status.textContent = d.msgQueued;
          break;
        }
        save(load().filter((r) => r.clientId !== record.clientId));
        if (answer.ok) {
          status.textContent = describe(answer.body);
          status.className = '';
        } else {
          const errors = Object.values(answer.body.errors || {}).flat();
          status.textContent = `${d.msgRefused}: ${errors.join('; ')}`;
          status.className = 'errors';
          next = record.direction;
          label();
        }
      }
    } finally {
      sending = false;
      showQueue();
    }
  };

  const locate = () => new Promise((resolve) => {
    if (!navigator.geolocation) { resolve(null); return; }
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ latitude: p.coords.latitude, longitude: p.coords.longitude, accuracyMetres: p.coords.accuracy }),
      () => resolve(null),
      { enableHighAccuracy: true, timeout: 15000, maximumAge: 0 });
  });

  // A phone photo is megabytes: it is scaled down to 640 px JPEG on the phone before it is kept and sent.
  const photo = () => new Promise((resolve) => {
    const file = photoInput && photoInput.files[0];
    if (!file) { resolve(null); return; }
    const img = new Image();
    img.onload = () => {
      const scale = Math.min(1, 640 / Math.max(img.width, img.height));
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(img.width * scale);
      canvas.height = Math.round(img.height * scale);
      canvas.getContext('2d').drawImage(img, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(img.src);
      resolve(canvas.toDataURL('image/jpeg', 0.7));
    };
    img.onerror = () => resolve(null);
    img.src = URL.createObjectURL(file);
  });

  button.addEventListener('click', async () => {
    button.disabled = true;
    status.className = '';
    status.textContent = d.msgLocating;
    const place = await locate();
    const picture = await photo();
    const record = {
      clientId: crypto.randomUUID(),
      direction: next,
      mode: modeSelect ? modeSelect.value : d.mode,
      deviceAt: new Date().toISOString(),
      ...(place || {}),
      ...(picture ? { photo: picture } : {}),
    };
    if (photoInput) photoInput.value = '';
    save([...load(), record]);
    next = next === 'In' ? 'Out' : 'In';
    label();
    status.textContent = place ? d.msgSending : d.msgNolocation;
    showQueue();
    button.disabled = false;
    await flush();
  });

  window.addEventListener('online', flush);
  showQueue();
  flush();
  if ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js');
})();

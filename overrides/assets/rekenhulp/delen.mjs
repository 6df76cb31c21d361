// Sharing a calculation: its inputs go in the URL's fragment only, which never reaches a server.
const FRAGMENT = /^#rekenhulp=([^&]+)&invoer=(.*)$/;

export function deelLink(blok) {
  const hash = `#rekenhulp=${encodeURIComponent(blok.dataset.rekenhulp)}&invoer=${encodeURIComponent(blok.dataset.invoer || "{}")}`;
  // The fragment never reaches a server, so a birth date does not end up in a log.
  history.replaceState(history.state, "", hash);
  const vak = blok.querySelector(".vw-deel");
  const veld = vak.querySelector("input");
  veld.value = location.href;
  vak.hidden = false;
  veld.focus();
  veld.select();
  if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(location.href).catch(() => {});
}

export function uitFragment() {
  const m = FRAGMENT.exec(location.hash);
  if (!m) return null;
  try {
    return { naam: decodeURIComponent(m[1]), invoer: JSON.parse(decodeURIComponent(m[2])) };
  } catch {
    return null;
  }
}

// The portal's few behaviours, in a file: the Content-Security-Policy allows no inline
// scripts or on*= handlers (tests/portal/test_csp.py scans the templates).

// A <select data-submit-on-change> sends its form as soon as it changes (the language
// switch); without JavaScript its form's own button does.
document.addEventListener("change", (event) => {
  const select = event.target.closest("select[data-submit-on-change]");
  if (select && select.form) {
    select.form.requestSubmit();
  }
});

// The header's menu button (phones): shows and hides the links and tools. Without
// JavaScript the button stays hidden and the links show in full.
document.querySelectorAll("[data-site-header]").forEach((header) => {
  const button = header.querySelector(".menu-button");
  if (!button) {
    return;
  }
  button.hidden = false;
  header.classList.add("has-menu-button");
  button.addEventListener("click", () => {
    const open = button.getAttribute("aria-expanded") !== "true";
    button.setAttribute("aria-expanded", String(open));
    header.classList.toggle("is-open", open);
  });
});

// Header menus (<details data-nav-menu>): one open at a time; a click elsewhere or Escape
// closes them (Escape gives the focus back to the menu's summary).
const navMenus = () => document.querySelectorAll("details[data-nav-menu][open]");
document.addEventListener("click", (event) => {
  navMenus().forEach((menu) => {
    if (!menu.contains(event.target)) {
      menu.open = false;
    }
  });
});
document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape") {
    return;
  }
  navMenus().forEach((menu) => {
    menu.open = false;
    menu.querySelector("summary").focus();
  });
  const header = document.querySelector("[data-site-header].is-open");
  if (header) {
    header.classList.remove("is-open");
    const button = header.querySelector(".menu-button");
    button.setAttribute("aria-expanded", "false");
    button.focus();
  }
});

// Installable and readable offline (templates/pwa/sw.js): the service worker keeps the
// pages of the learner's enrolled courses; a "mark as done" taken offline waits in this
// phone's storage, per person, and is sent when the network is back. The status region
// of base.html (data-offline-status) says what happened, in the page's language.
const offlineStatus = document.querySelector("[data-offline-status]");
const person = document.body.dataset.user || "";
const QUEUE_KEY = `portal-done-queue-${person}`;
const KEPT_KEY = "portal-kept-pages";
const DONE_FORM = 'form[action*="/learning/lessons/"][action$="/done/"]';

function say(text) {
  if (!offlineStatus || !text) {
    return;
  }
  offlineStatus.querySelector("[data-offline-text]").textContent = text;
  offlineStatus.hidden = false;
}

function readJSON(key, fallback) {
  try {
    return JSON.parse(localStorage.getItem(key)) || fallback;
  } catch (error) {
    return fallback;
  }
}

const readQueue = () => (person ? readJSON(QUEUE_KEY, []) : []);
const writeQueue = (queue) => localStorage.setItem(QUEUE_KEY, JSON.stringify(queue));

function markQueued(form) {
  const note = document.createElement("p");
  note.className = "message message-info";
  note.textContent = offlineStatus ? offlineStatus.dataset.queued : "";
  form.replaceWith(note);
}

document.addEventListener("submit", (event) => {
  const form = event.target.closest(DONE_FORM);
  if (!form || navigator.onLine || !person) {
    return;
  }
  event.preventDefault();
  const queue = readQueue().filter((item) => item.action !== form.action);
  queue.push({
    action: form.action,
    body: new URLSearchParams(new FormData(form, event.submitter)).toString(),
  });
  writeQueue(queue);
  markQueued(form);  // said once, where the button was (the banner already says "offline")
});

async function sendQueued() {
  const queue = readQueue();
  if (!queue.length || !navigator.onLine) {
    return;
  }
  const left = [];
  const refused = [];
  let sent = 0;
  for (const item of queue) {
    try {
      const response = await fetch(item.action, {
        method: "POST",
        body: item.body,
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        credentials: "same-origin",
      });
      const signedOut = new URL(response.url).pathname.startsWith("/accounts/login/");
      if (response.ok && !signedOut) {
        // The lesson page the server answers with says whether it refused (an error message).
        const page = new DOMParser().parseFromString(await response.text(), "text/html");
        const error = page.querySelector(".message-error");
        if (error) {
          refused.push(error.textContent.trim());
        } else {
          sent += 1;
        }
      } else if (response.status === 403 || signedOut || response.status >= 500) {
        left.push(item);  // try again later (signed out, or the server is unwell)
      } else {
        refused.push(offlineStatus.dataset.gone);
      }
    } catch (error) {
      left.push(item);  // still no network after all
    }
  }
  writeQueue(left);
  const report = [];
  if (sent) {
    report.push(offlineStatus.dataset.sent.replace("{count}", sent));
  }
  if (refused.length) {
    report.push(`${offlineStatus.dataset.refused} ${refused.join(" ")}`);
  }
  say(report.join(" "));
  document.documentElement.dataset.queueSent = String(sent);
  document.documentElement.dataset.queueRefused = String(refused.length);
}

function showOffline() {
  if (offlineStatus) {
    say(offlineStatus.dataset.offline);
  }
}

if (person) {
  const queued = new Set(readQueue().map((item) => item.action));
  document.querySelectorAll(DONE_FORM).forEach((form) => {
    if (queued.has(form.action)) {
      markQueued(form);
    }
  });
  window.addEventListener("online", sendQueued);
  sendQueued();
}
window.addEventListener("offline", showOffline);
if (!navigator.onLine) {
  showOffline();
}

// The offline page lists what this phone keeps.
const keptSection = document.querySelector("[data-kept-lessons]");
if (keptSection) {
  const pages = readJSON(KEPT_KEY, []);
  const list = keptSection.querySelector("[data-kept-list]");
  pages.forEach((page) => {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = page.url;
    link.textContent = page.title === page.course ? page.title : `${page.title} · ${page.course}`;
    item.append(link);
    list.append(item);
  });
  keptSection.hidden = pages.length === 0;
  document.querySelector("[data-kept-none]").hidden = pages.length > 0;
}

if ("serviceWorker" in navigator) {
  navigator.serviceWorker.addEventListener("message", (event) => {
    if (event.data && event.data.type === "lessons-kept" && event.data.pages) {
      localStorage.setItem(KEPT_KEY, JSON.stringify(event.data.pages));
      localStorage.setItem("portal-kept-at", String(Date.now()));
      document.documentElement.dataset.lessonsKept = String(event.data.pages.length);
    }
  });
  navigator.serviceWorker.register("/sw.js").then(() => navigator.serviceWorker.ready).then((registration) => {
    if (registration.active) {
      registration.active.postMessage({ type: "language", language: document.documentElement.lang });
    }
    const keptAt = Number(localStorage.getItem("portal-kept-at") || 0);
    const due = location.pathname === "/learning/" || Date.now() - keptAt > 10 * 60 * 1000;
    if (document.body.hasAttribute("data-keep-lessons") && navigator.onLine && due && registration.active) {
      registration.active.postMessage("keep-lessons");
    }
  }).catch(() => {});
  // Signing out forgets the kept pages: nothing of this person stays on a shared phone.
  document.addEventListener("submit", (event) => {
    if (event.target.matches('form[action$="/accounts/logout/"]')) {
      localStorage.removeItem(KEPT_KEY);
      localStorage.removeItem("portal-kept-at");
      if (navigator.serviceWorker.controller) {
        navigator.serviceWorker.controller.postMessage("forget-lessons");
      }
    }
  });
}

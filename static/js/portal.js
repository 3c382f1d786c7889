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

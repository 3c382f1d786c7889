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

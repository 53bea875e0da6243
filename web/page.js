// The page's only script (served as a file: the Content-Security-Policy allows no inline script).
// The page works without it; it adds the print button's action and brings an error into view.
document.addEventListener('DOMContentLoaded', () => {
  const print = document.getElementById('print');
  if (print !== null) print.addEventListener('click', () => window.print());
  const error = document.getElementById('error');
  if (error !== null) {
    error.scrollIntoView({ block: 'center' });
    const control = document.querySelector('[aria-invalid="true"]');
    if (control !== null) control.focus({ preventScroll: true });
  }
});

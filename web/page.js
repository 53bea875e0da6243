// The page's only script (served as a file: the Content-Security-Policy allows no inline script).
// The page works without it; it adds the print button's action.
document.addEventListener('DOMContentLoaded', () => {
  const print = document.getElementById('print');
  if (print !== null) print.addEventListener('click', () => window.print());
});

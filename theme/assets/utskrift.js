/* Nämndsajt: "Skriv ut § N som protokollsutdrag" goes to the § (so that the
 * print style shows that § alone, as an utdrag) and opens the print dialog. */
document.addEventListener("click", function (e) {
  var lank = e.target.closest && e.target.closest("[data-skriv-ut]");
  if (lank) {
    setTimeout(function () { window.print(); }, 100);
  }
});

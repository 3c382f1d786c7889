/* Check-in by camera: reads a ticket's QR code with the browser's BarcodeDetector and
   submits it in the form below; where the browser has no BarcodeDetector (or no camera),
   the form alone works: staff type the code. No inline script (the CSP forbids it). */
(function () {
  "use strict";
  var box = document.getElementById("scanner");
  var form = document.getElementById("check-in-form");
  if (!box || !form) { return; }
  var input = form.querySelector("input[name=code]");
  var status = document.getElementById("scan-status");
  var start = document.getElementById("scan-start");
  var stop = document.getElementById("scan-stop");
  var video = document.getElementById("scan-video");
  var stream = null;
  var timer = null;

  box.hidden = false;
  var supported = "BarcodeDetector" in window && navigator.mediaDevices && navigator.mediaDevices.getUserMedia;
  if (!supported) {
    start.hidden = true;
    status.textContent = box.dataset.unsupported;
    return;
  }

  function halt() {
    if (timer) { clearTimeout(timer); timer = null; }
    if (stream) { stream.getTracks().forEach(function (t) { t.stop(); }); stream = null; }
    video.hidden = true; stop.hidden = true; start.hidden = false;
  }

  function scan(detector) {
    detector.detect(video).then(function (codes) {
      if (codes.length && codes[0].rawValue) {
        input.value = codes[0].rawValue;
        halt();
        form.submit();
        return;
      }
      timer = setTimeout(function () { scan(detector); }, 250);
    }).catch(function () { timer = setTimeout(function () { scan(detector); }, 500); });
  }

  start.addEventListener("click", function () {
    var detector = new window.BarcodeDetector({ formats: ["qr_code"] });
    navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false })
      .then(function (s) {
        stream = s;
        video.srcObject = s;
        video.hidden = false; stop.hidden = false; start.hidden = true;
        status.textContent = "";
        return video.play();
      })
      .then(function () { scan(detector); })
      .catch(function () { halt(); status.textContent = box.dataset.denied; input.focus(); });
  });
  stop.addEventListener("click", halt);
  window.addEventListener("pagehide", halt);
})();

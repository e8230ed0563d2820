/* warcheck web: maps, the timeline and the claim panels. No build step, no inline scripts. */
"use strict";

(function () {
  var PRECISION_METRES = { exact: 200, neighbourhood: 1500, town: 5000, district: 25000,
    governorate: 60000, region: 150000, country: 300000 };
  var GRADE_COLOURS = { confirmed: "#1b5e20", fair: "#2e7d32", weak: "#1565c0",
    contested: "#c62828", discounted: "#6d4c41", not_assessed: "#757575" };

  function tiles(map) {
    var url = document.body.dataset.tileUrl;
    if (url) {
      L.tileLayer(url, { attribution: document.body.dataset.tileAttribution || "" }).addTo(map);
    }
  }

  function precisionCircle(lat, lon, precision, colour) {
    return L.circle([lat, lon], { radius: PRECISION_METRES[precision] || 10000,
      color: colour, weight: 1, fillOpacity: 0.12 });
  }

  function miniMaps() {
    document.querySelectorAll(".mini-map").forEach(function (el) {
      var lat = parseFloat(el.dataset.lat), lon = parseFloat(el.dataset.lon);
      var map = L.map(el, { zoomControl: false, attributionControl: false }).setView([lat, lon], 8);
      tiles(map);
      precisionCircle(lat, lon, el.dataset.precision, "#3a7bd5").addTo(map);
      L.circleMarker([lat, lon], { radius: 4, color: "#22313f" }).addTo(map)
        .bindTooltip(el.dataset.label || "");
    });
  }

  function linkClaims() {
    document.querySelectorAll(".claim-panel").forEach(function (panel) {
      var span = document.getElementById("claim-" + panel.dataset.claim);
      if (!span) { return; }
      var on = function () { span.classList.add("active"); panel.classList.add("active"); };
      var off = function () { span.classList.remove("active"); panel.classList.remove("active"); };
      panel.addEventListener("mouseenter", on);
      panel.addEventListener("mouseleave", off);
      span.addEventListener("mouseenter", on);
      span.addEventListener("mouseleave", off);
      span.addEventListener("click", function () {
        panel.scrollIntoView({ block: "nearest" });
      });
    });
  }

  function incidentsMap() {
    var el = document.getElementById("map");
    var data = document.getElementById("incidents-data");
    if (!el || !data) { return; }
    var incidents = JSON.parse(data.textContent);
    var map = L.map(el).setView([35, 38], 6);
    tiles(map);
    var layers = {};
    var bounds = [];
    incidents.forEach(function (inc) {
      if (inc.latitude === null || inc.longitude === null) { return; }
      var colour = GRADE_COLOURS[inc.grade] || "#555";
      var group = L.featureGroup([
        precisionCircle(inc.latitude, inc.longitude, inc.geo_precision, colour),
        L.circleMarker([inc.latitude, inc.longitude], { radius: 6, color: colour,
          fillColor: colour, fillOpacity: 0.8, className: "marker-" + (inc.event_type || "none") })
      ]).bindTooltip((inc.event_type || "event") + " · " + (inc.place || "") + " · " + inc.grade);
      group.on("click", function () { window.location.href = "/incidents/" + inc.id; });
      group.on("mouseover", function () { activate(inc.id, true); });
      group.on("mouseout", function () { activate(inc.id, false); });
      group.addTo(map);
      layers[inc.id] = group;
      bounds.push([inc.latitude, inc.longitude]);
    });
    if (bounds.length) { map.fitBounds(bounds, { padding: [30, 30], maxZoom: 10 }); }
    map.on("moveend", function () { syncTimeline(map, incidents); });
    syncTimeline(map, incidents);
    document.querySelectorAll(".timeline li[data-id]").forEach(function (li) {
      li.addEventListener("mouseenter", function () { highlight(layers[li.dataset.id], true); });
      li.addEventListener("mouseleave", function () { highlight(layers[li.dataset.id], false); });
    });
  }

  function highlight(group, on) {
    if (!group) { return; }
    group.eachLayer(function (layer) { layer.setStyle({ weight: on ? 4 : 1 }); });
  }

  function activate(id, on) {
    var li = document.querySelector('.timeline li[data-id="' + id + '"]');
    if (li) {
      li.classList.toggle("active", on);
      if (on) { li.scrollIntoView({ block: "nearest" }); }
    }
  }

  function syncTimeline(map, incidents) {
    var view = map.getBounds();
    var shown = 0, articles = 0;
    incidents.forEach(function (inc) {
      var li = document.querySelector('.timeline li[data-id="' + inc.id + '"]');
      var located = inc.latitude !== null && inc.longitude !== null;
      var inView = !located || view.contains([inc.latitude, inc.longitude]);
      if (li) { li.classList.toggle("hidden", !inView); }
      if (inView) { shown += 1; articles += inc.n_articles || 0; }
    });
    var counter = document.getElementById("in-view");
    if (counter) {
      counter.textContent = shown + " incidents and " + articles + " article reports in the map's view";
    }
  }

  function cleanFilters() {
    var form = document.getElementById("filters");
    if (!form) { return; }
    form.addEventListener("submit", function () {
      form.querySelectorAll("input, select").forEach(function (field) {
        if (!field.value) { field.disabled = true; }  /* short permalinks: no empty filters */
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    cleanFilters();
    linkClaims();
    if (typeof L === "undefined") { return; }
    miniMaps();
    incidentsMap();
  });
})();

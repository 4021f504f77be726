// The staff pages' charts, drawn from the JSON data block each page carries (<script type="application/json">):
// the Content-Security-Policy allows scripts from 'self' only, so no chart code is written into a page.
(function () {
  'use strict';

  function json(id) {
    var element = document.getElementById(id);
    return element ? JSON.parse(element.textContent) : null;
  }

  function percent(v) {
    return v == null ? null : Math.round(v * 1000) / 10;
  }

  function line(name, rows, value) {
    return {name: name, type: 'line', data: rows.map(value)};
  }

  // 政策找人: eligible and undetermined entities of one item per day
  function reach(element) {
    var rows = json('reach-history-data') || [];
    echarts.init(element).setOption({
      tooltip: {trigger: 'axis'}, legend: {},
      xAxis: {type: 'category', data: rows.map(function (r) { return r.day; })}, yAxis: {type: 'value'},
      series: [line(element.dataset.eligible, rows, function (r) { return r.eligible; }),
               line(element.dataset.undetermined, rows, function (r) { return r.undetermined; })]
    });
  }

  // 接诉即办: the three rates per month, in per cent
  function rates(element) {
    var rows = json('rates-month') || [];
    echarts.init(element).setOption({
      tooltip: {trigger: 'axis'}, legend: {},
      xAxis: {type: 'category', data: rows.map(function (r) { return r.key; })}, yAxis: {type: 'value', max: 100},
      series: [line(element.dataset.response, rows, function (r) { return percent(r.responseRate); }),
               line(element.dataset.resolution, rows, function (r) { return percent(r.resolutionRate); }),
               line(element.dataset.satisfaction, rows, function (r) { return percent(r.satisfactionRate); })]
    });
  }

  // 跟踪问效: per department, the median working days to payout (bars) and the two shares in per cent (lines)
  function results(element) {
    var rows = json('results-data') || [];
    var d = element.dataset;
    echarts.init(element).setOption({
      tooltip: {trigger: 'axis'}, legend: {},
      xAxis: {type: 'category', data: rows.map(function (r) { return r.name; })},
      yAxis: [{type: 'value', name: d.days}, {type: 'value', name: d.percent, max: 100}],
      series: [{name: d.median, type: 'bar', data: rows.map(function (r) { return r.medianWorkingDays; })},
               {name: d.satisfied, type: 'line', yAxisIndex: 1,
                data: rows.map(function (r) { return percent(r.satisfiedShare); })},
               {name: d.within, type: 'line', yAxisIndex: 1,
                data: rows.map(function (r) { return percent(r.withinLimitShare); })}]
    });
  }

  // 监测: each dashboard table's chart — its first column as categories, the columns named in data-series as bars
  function dashboards() {
    Array.prototype.forEach.call(document.querySelectorAll('.dash-chart'), function (element) {
      var table = json(element.dataset.source);
      if (!table || typeof echarts === 'undefined') {
        return;
      }
      var columns = element.dataset.series.split(',').map(Number);
      var type = element.dataset.type || 'bar';
      echarts.init(element).setOption({
        tooltip: {trigger: 'axis'}, legend: {}, grid: {containLabel: true},
        xAxis: {type: 'category', data: table.rows.map(function (r) { return r[0]; }), axisLabel: {interval: 0, rotate: 30}},
        yAxis: {type: 'value'},
        series: columns.map(function (c) {
          return {name: table.header[c], type: type, data: table.rows.map(function (r) { return r[c]; })};
        })
      });
      element.dataset.drawn = 'true';
    });
  }

  function draw() {
    dashboards();
    var charts = {'reach-chart': reach, 'rates-chart': rates, 'results-chart': results};
    Object.keys(charts).forEach(function (id) {
      var element = document.getElementById(id);
      if (element && typeof echarts !== 'undefined') {
        charts[id](element);
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();

// Sends the CSRF token with every htmx request that changes state.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// The condition builder's picker: for an attribute with a code list, its values as named checkboxes that fill the
// values field with their codes (the field itself also takes the names: "存续" is ACTIVE).
document.addEventListener('DOMContentLoaded', function () {
  var data = document.getElementById('code-lists');
  var attr = document.getElementById('attr');
  var values = document.getElementById('values');
  var picker = document.getElementById('value-picker');
  if (!data || !attr || !values || !picker) {
    return;
  }
  var lists = JSON.parse(data.textContent);
  function render() {
    picker.textContent = '';
    var options = lists[attr.value];
    picker.hidden = !options;
    if (!options) {
      return;
    }
    var chosen = values.value.split(/[,,、\s]+/);
    options.forEach(function (o) {
      var wrap = document.createElement('div');
      wrap.className = 'form-check form-check-inline';
      var box = document.createElement('input');
      box.type = 'checkbox';
      box.className = 'form-check-input';
      box.id = 'pick-' + o[0];
      box.value = o[0];
      box.checked = chosen.indexOf(o[0]) >= 0;
      box.addEventListener('change', function () {
        values.value = Array.prototype.map.call(picker.querySelectorAll('input:checked'), function (b) {
          return b.value;
        }).join(',');
      });
      var label = document.createElement('label');
      label.className = 'form-check-label small';
      label.htmlFor = box.id;
      label.textContent = o[1];
      wrap.appendChild(box);
      wrap.appendChild(label);
      picker.appendChild(wrap);
    });
  }
  attr.addEventListener('change', function () {
    values.value = '';
    render();
  });
  render();
});

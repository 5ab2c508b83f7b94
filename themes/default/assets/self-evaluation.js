/*
 * Charterkit self-evaluation: keeps the answers of the self-evaluation form in this browser, saves them to a
 * JSON file and loads that file back, and prints a record.
 *
 * Without this script the page is a blank form to print and fill in on paper. With it, every answer is kept in
 * localStorage (this browser, this computer) as it is given; nothing is ever sent anywhere. The saved file
 * follows schema/self-evaluation.schema.json, and uses the same names as a published evaluation
 * (charters/<area>/evaluations/*.yml), so an area can publish it as it is. Words come from the page
 * (data-msg-* on the form), which the theme's message bundle fills.
 */
(function () {
  'use strict';

  var form = document.getElementById('self-evaluation');
  var actions = document.getElementById('evaluate-actions');
  if (!form || !actions || !window.JSON || !window.Blob || !window.URL || !window.FileReader) {
    return;
  }
  var area = form.getAttribute('data-area');
  var version = form.getAttribute('data-charter-version');
  var framework = form.getAttribute('data-framework');
  var storeKey = 'charterkit-self-evaluation:' + area + ':' + version;
  var status = document.getElementById('evaluate-status');
  var summary = document.getElementById('evaluate-error-summary');
  var setting = document.getElementById('evaluate-setting');
  var day = document.getElementById('evaluate-date-day');
  var month = document.getElementById('evaluate-date-month');
  var year = document.getElementById('evaluate-date-year');
  var groups = Array.prototype.slice.call(form.querySelectorAll('.govuk-radios[data-commitment]'));

  function msg(name, arg) {
    var text = form.getAttribute('data-msg-' + name) || '';
    return text.replace('{0}', arg === undefined ? '' : String(arg));
  }

  /**
   * The date the three boxes give, as the saved file holds it (2025-10-06); '' when all three are empty, and null
   * when they do not make a real date (31 2 2025, or a year of two figures).
   */
  function dateGiven() {
    var d = day.value.trim();
    var m = month.value.trim();
    var y = year.value.trim();
    if (!d && !m && !y) {
      return '';
    }
    if (!/^[0-9]{1,2}$/.test(d) || !/^[0-9]{1,2}$/.test(m) || !/^[0-9]{4}$/.test(y)) {
      return null;
    }
    var when = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    if (when.getUTCFullYear() !== Number(y) || when.getUTCMonth() !== Number(m) - 1 || when.getUTCDate() !== Number(d)) {
      return null;
    }
    return y + '-' + ('0' + Number(m)).slice(-2) + '-' + ('0' + Number(d)).slice(-2);
  }

  function storage() {
    try {
      return window.localStorage;
    } catch (e) {
      return null; // storage turned off: the form still works, and saving to a file still keeps the answers
    }
  }

  /** The answers as the saved file holds them. */
  function collect() {
    var commitments = {};
    groups.forEach(function (group) {
      var anchor = group.getAttribute('data-commitment');
      var checked = group.querySelector('input:checked');
      var evidence = form.elements[anchor + '--evidence'].value.trim();
      var next = form.elements[anchor + '--next'].value.trim();
      if (!checked && !evidence && !next) {
        return;
      }
      var answer = {};
      if (checked) {
        answer.step = checked.value;
      }
      if (evidence) {
        answer.evidence = evidence;
      }
      if (next) {
        answer.next = next;
      }
      commitments[anchor] = answer;
    });
    return {
      format: 'charterkit-self-evaluation',
      area: area,
      framework: framework,
      'charter-version': version,
      setting: setting.value.trim(),
      date: dateGiven() || '',
      commitments: commitments
    };
  }

  /** Fills the form from saved answers; returns how many answers named commitments this page does not have. */
  function fill(data) {
    setting.value = typeof data.setting === 'string' ? data.setting : '';
    var parts = typeof data.date === 'string' ? /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(data.date) : null;
    year.value = parts ? parts[1] : '';
    month.value = parts ? String(Number(parts[2])) : '';
    day.value = parts ? String(Number(parts[3])) : '';
    var answers = data.commitments && typeof data.commitments === 'object' ? data.commitments : {};
    var unknown = 0;
    Object.keys(answers).forEach(function (anchor) {
      if (!form.querySelector('.govuk-radios[data-commitment="' + anchor.replace(/[^a-z0-9-]/g, '') + '"]')) {
        unknown++;
      }
    });
    groups.forEach(function (group) {
      var anchor = group.getAttribute('data-commitment');
      var answer = answers[anchor] || {};
      Array.prototype.forEach.call(group.querySelectorAll('input'), function (radio) {
        radio.checked = radio.value === answer.step;
      });
      form.elements[anchor + '--evidence'].value = typeof answer.evidence === 'string' ? answer.evidence : '';
      form.elements[anchor + '--next'].value = typeof answer.next === 'string' ? answer.next : '';
    });
    fitTextareas();
    return unknown;
  }

  function keep() {
    var store = storage();
    if (store) {
      store.setItem(storeKey, JSON.stringify(collect()));
    }
  }

  function say(text) {
    status.textContent = text;
  }

  /** The GOV.UK error summary: each problem linked to its field, and the same message by the field. */
  function showErrors(errors) {
    var list = summary.querySelector('ul');
    list.textContent = '';
    Array.prototype.forEach.call(form.querySelectorAll('.govuk-error-message'), function (p) {
      p.hidden = true;
      p.textContent = '';
      group(p).classList.remove('govuk-form-group--error');
    });
    if (errors.length === 0) {
      summary.hidden = true;
      return;
    }
    errors.forEach(function (error) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = '#' + error.field;
      link.textContent = error.text;
      link.addEventListener('click', function (event) {
        event.preventDefault();
        document.getElementById(error.field).focus();
      });
      item.appendChild(link);
      list.appendChild(item);
      var message = document.getElementById((error.message || error.field) + '-error');
      if (message) {
        message.textContent = error.text;
        message.hidden = false;
        group(message).classList.add('govuk-form-group--error');
      }
    });
    summary.hidden = false;
    summary.focus();
  }

  /** The form group a message belongs to: its parent, or the date's group around its fieldset. */
  function group(message) {
    for (var node = message.parentNode; node && node.nodeType === 1; node = node.parentNode) {
      if (node.classList.contains('govuk-form-group')) {
        return node;
      }
    }
    return message.parentNode;
  }

  function fileName(data) {
    var name = (data.setting || 'self-evaluation').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    return (name || 'self-evaluation') + '-' + data.date + '.json';
  }

  function save() {
    var data = collect();
    var errors = [];
    if (!data.setting) {
      errors.push({ field: 'evaluate-setting', text: msg('setting-missing') });
    }
    // As the GOV.UK date pattern does: the summary's link goes to the day box, the message stands above all three.
    // collect() gives no date both when the boxes are empty and when they make no real date; which one is said.
    if (!data.date) {
      errors.push({ field: 'evaluate-date-day', message: 'evaluate-date',
        text: msg(dateGiven() === null ? 'date-invalid' : 'date-missing') });
    }
    showErrors(errors);
    if (errors.length > 0) {
      return;
    }
    var name = fileName(data);
    var url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2) + '\n'], { type: 'application/json' }));
    var link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    window.setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
    say(msg('saved', name));
  }

  function load(file) {
    var reader = new FileReader();
    reader.onload = function () {
      var data;
      try {
        data = JSON.parse(String(reader.result));
      } catch (e) {
        data = null;
      }
      if (!data || typeof data !== 'object' || data.format !== 'charterkit-self-evaluation') {
        showErrors([{ field: 'evaluate-load', text: msg('bad-file', file.name) }]);
        return;
      }
      if (data.area !== area) {
        showErrors([{ field: 'evaluate-load', text: msg('other-area', file.name) }]);
        return;
      }
      showErrors([]);
      var unknown = fill(data);
      keep();
      var text = msg('loaded', file.name);
      if (data['charter-version'] !== version) {
        text += ' ' + msg('other-version', data['charter-version']);
      }
      if (unknown > 0) {
        text += ' ' + msg('unknown', unknown);
      }
      say(text);
    };
    reader.readAsText(file);
  }

  /** Long answers print whole: each box grows to its text (rows, not inline style, which the CSP forbids). */
  function fitTextareas() {
    Array.prototype.forEach.call(form.querySelectorAll('textarea'), function (area) {
      area.rows = Math.max(2, area.value.split('\n').length + Math.floor(area.value.length / 70));
    });
  }

  form.addEventListener('input', keep);
  form.addEventListener('change', function (event) {
    if (event.target.id !== 'evaluate-load') {
      keep();
    }
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
  });
  document.getElementById('evaluate-save').addEventListener('click', save);
  document.getElementById('evaluate-load').addEventListener('change', function (event) {
    if (event.target.files && event.target.files[0]) {
      load(event.target.files[0]);
    }
  });
  document.getElementById('evaluate-print').addEventListener('click', function () {
    fitTextareas();
    window.print();
  });
  document.getElementById('evaluate-clear').addEventListener('click', function () {
    fill({});
    var store = storage();
    if (store) {
      store.removeItem(storeKey);
    }
    showErrors([]);
    say(msg('cleared'));
  });
  window.addEventListener('beforeprint', fitTextareas);

  var store = storage();
  var kept = store && store.getItem(storeKey);
  if (kept) {
    try {
      fill(JSON.parse(kept));
      say(msg('restored'));
    } catch (e) {
      store.removeItem(storeKey);
    }
  }
  actions.hidden = false;
  document.documentElement.classList.add('evaluate-script');
}());

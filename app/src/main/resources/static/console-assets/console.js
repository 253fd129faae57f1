// ClassBell console: small helpers that need no framework. Pages work without this file.
document.addEventListener('DOMContentLoaded', function () {
	// a button that prints the page
	document.querySelectorAll('[data-print]').forEach(function (button) {
		button.addEventListener('click', function () { window.print(); });
	});
	// a form that asks before it does something that cannot be undone
	document.querySelectorAll('form[data-confirm]').forEach(function (form) {
		form.addEventListener('submit', function (event) {
			if (!window.confirm(form.getAttribute('data-confirm'))) {
				event.preventDefault();
			}
		});
	});
	// a select that submits its filter form when changed
	document.querySelectorAll('select[data-submit]').forEach(function (select) {
		select.addEventListener('change', function () { select.form.submit(); });
	});
	// a character counter under a text field, with the SMS parts the text takes
	// (GSM-7: 160 in one part, 153 in each of several; anything else, such as Cyrillic: 70 and 67)
	document.querySelectorAll('textarea[data-counter]').forEach(function (field) {
		var out = document.getElementById(field.getAttribute('data-counter'));
		var text = field.getAttribute('data-counter-text');
		var max = field.getAttribute('maxlength');
		var gsm = /^[@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&'()*+,\-.\/0-9:;<=>?¡A-ZÄÖÑÜ§¿a-zäöñüà]*$/;
		function update() {
			var n = field.value.length;
			var single = gsm.test(field.value) ? 160 : 70;
			var multi = gsm.test(field.value) ? 153 : 67;
			var parts = (n === 0) ? 0 : (n <= single ? 1 : Math.ceil(n / multi));
			out.textContent = text.replace('%n', n).replace('%max', max).replace('%parts', parts);
		}
		field.addEventListener('input', update);
		update();
	});
});
// a form's error summary takes the focus, so that a screen reader reads it first
document.addEventListener('DOMContentLoaded', function () {
	var summary = document.querySelector('.error-summary');
	if (summary) {
		summary.focus();
	}
});

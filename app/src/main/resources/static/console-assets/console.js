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
});
// a form's error summary takes the focus, so that a screen reader reads it first
document.addEventListener('DOMContentLoaded', function () {
	var summary = document.querySelector('.error-summary');
	if (summary) {
		summary.focus();
	}
});

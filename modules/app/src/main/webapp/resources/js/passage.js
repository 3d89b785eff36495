// A reviewer who selects words of the release's text has quoted them: the passage field of the
// comment form takes the selection, to be sent with the comment.
document.addEventListener('mouseup', function () {
  var field = document.getElementById('actions:passage');
  var body = document.getElementById('release-body');
  var selection = window.getSelection();
  if (!field || !body || !selection || selection.isCollapsed) {
    return;
  }
  if (body.contains(selection.anchorNode) && body.contains(selection.focusNode)) {
    field.value = selection.toString().trim().slice(0, 1000);
  }
});

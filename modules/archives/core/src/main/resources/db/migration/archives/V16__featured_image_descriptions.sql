-- The image a WordPress post features is described by its attachment, not by the post: its
-- alternative text (post meta _wp_attachment_image_alt) and its caption (the attachment's excerpt)
-- are kept with the upload until the post's record keeps the image with them (record_file).
alter table import_upload
  add column alt_text text,
  add column caption  text;

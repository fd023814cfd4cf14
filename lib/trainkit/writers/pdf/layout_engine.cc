#include "trainkit/writers/pdf/layout_engine.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string_view>

#include "trainkit/base/overloaded.h"

namespace trainkit::writers::pdf {
namespace {

// A piece of text that is laid out as a whole: a word, or the part of a word in one face. Its
// strings are views into the span it comes from, which outlives the lines made of it.
struct Atom {
  std::string_view text;
  Face face = Face::kRegular;
  std::string_view link;
  bool space_before = false;
  double width = 0;
  std::string_view language;
};

struct Line {
  std::vector<Atom> atoms;
  double width = 0;
};

size_t CodePointLength(unsigned char lead) {
  return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

class Engine {
 public:
  Engine(const Style& style, const TextMeasurer& measure, const LayoutOptions& options)
      : style_(style), measure_(measure), options_(options) {
    result_.pages.width = style.page_width;
    result_.pages.height = style.page_height;
    result_.pages.margin_top = style.margin_top;
    result_.pages.margin_right = style.margin_right;
    result_.pages.margin_bottom = style.margin_bottom;
    result_.pages.margin_left = style.margin_left;
    NewPage("");
  }

  LayoutResult Run(const Flow& flow);

 private:
  double Top() const { return style_.page_height - style_.margin_top; }
  double Bottom() const { return style_.margin_bottom; }
  double LineHeight(double size) const { return size * style_.line_height; }
  double SizeOf(Role role) const {
    switch (role) {
      case Role::kSmall: return style_.small_size;
      case Role::kTitle: return style_.title_size;
      case Role::kSubtitle: return style_.h2_size;
      case Role::kBody: break;
    }
    return style_.body_size;
  }
  double HeadingSize(const Heading& heading) const {
    return heading.level == 1 ? style_.h1_size : heading.level == 2 ? style_.h2_size : style_.h3_size;
  }
  Page& page() { return result_.pages.pages.back(); }
  int page_index() const { return static_cast<int>(result_.pages.pages.size()) - 1; }
  bool AtTop() const { return y_ >= Top() - 0.01; }
  // `why`: the reason the page before ends here (Page::break_why).
  void NewPage(const char* why) {
    result_.pages.pages.emplace_back();
    page().break_why = why;
    y_ = Top();
  }
  void EnsureRoom(double height, const char* why) {
    if (y_ - height < Bottom() && !AtTop()) NewPage(why);
  }
  // Records that lines `line` of piece `piece_` of `lines` lines (or, with none, the whole
  // piece) went on this page: what a page begins and ends with (Page::first, Page::last).
  void Mark(const char* kind, size_t line = 0, size_t lines = 0);

  // The lines hold views of `spans`, which must outlive them. `face`: in place of the spans' own.
  std::vector<Atom> Atoms(const Spans& spans, double size, std::optional<Face> face) const;
  std::vector<Line> Wrap(const Spans& spans, double size, double width, std::optional<Face> face = std::nullopt) const;
  void BreakLongAtom(Atom atom, double size, double width, std::vector<Line>& lines) const;
  void PlaceLine(const Line& line, double x, double size, Color color);
  void PlaceSymbol(Symbol symbol, double right_edge, double size, double room);
  // The header's parts joined, the longest shortened until the whole is at most `width` wide.
  std::string FitHeader(double width) const;
  void CalloutStrip(Callout callout, double top, double height);

  // What a block needs laid out, shared by placing it and by keeping what leads to it.
  std::vector<Line> LinesOf(const Heading& heading) const;
  std::vector<Line> LinesOf(const Paragraph& paragraph) const;
  double ParagraphRightWidth(const Paragraph& paragraph, double size) const;
  struct TableColumns { std::vector<double> xs, widths; };
  TableColumns ColumnsOf(const Table& table) const;
  std::vector<double> AutoWidths(const Table& table) const;
  std::vector<std::vector<Line>> WrapRow(const std::vector<TableCell>& cells, const TableColumns& columns, Face face) const;
  // A body row, as tall as the table's rows are at least.
  std::vector<std::vector<Line>> BodyRow(const Table& table, size_t row, const TableColumns& columns) const;
  double RowHeight(const std::vector<std::vector<Line>>& row) const;
  struct ImageBox { double width, height; std::vector<Line> caption; };
  ImageBox BoxOf(const Image& image) const;
  // The height of what must begin on the same page as the block before flow_[index]: a
  // heading with what it leads to, a paragraph's first two lines (or all of a short one), a
  // table's header and first row, an image with its caption; never more than a page.
  double LeadHeight(size_t index, int depth = 0) const;
  bool OpensCallout(size_t index) const;
  bool ClosesCallout(size_t index) const;
  double SpaceAfter(const Paragraph& paragraph, size_t index) const;

  void Place(const Heading& heading);
  void Place(const Paragraph& paragraph);
  void Place(const Table& table);
  void Place(const Image& image);
  void Place(const WritingLines& lines);
  double WritingLineGap() const { return LineHeight(style_.body_size) * 1.6; }
  void Decorate();

  const Style& style_;
  const TextMeasurer& measure_;
  const LayoutOptions& options_;
  LayoutResult result_;
  double y_ = 0;
  const Flow* flow_ = nullptr;
  size_t index_ = 0;  // of the block being placed
  int piece_ = 0;     // counts the pieces placed, for Mark
  struct PendingLink { int page; size_t item; std::string anchor; };
  std::vector<PendingLink> pending_links_;
  struct PendingNumber { int page; size_t item; std::string anchor; double right_edge; };
  std::vector<PendingNumber> pending_numbers_;  // page numbers of anchors, set flush right
  std::map<std::string, double> anchor_y_;
};

std::vector<Atom> Engine::Atoms(const Spans& spans, double size, std::optional<Face> face) const {
  std::vector<Atom> atoms;
  bool space = false;
  for (const Span& span : spans) {
    size_t i = 0;
    const std::string& text = span.text;
    while (i < text.size()) {
      if (text[i] == ' ' || text[i] == '\n' || text[i] == '\t') {
        space = true;
        ++i;
        continue;
      }
      size_t end = text.find_first_of(" \n\t", i);
      if (end == std::string::npos) end = text.size();
      Atom atom{std::string_view(text).substr(i, end - i), face.value_or(span.face), span.link,
                space && !atoms.empty(), 0, span.language};
      atom.width = measure_.Width(atom.text, atom.face, size);
      atoms.push_back(std::move(atom));
      space = false;
      i = end;
    }
  }
  return atoms;
}

// A word wider than the line is cut between characters, never left to run off the page.
void Engine::BreakLongAtom(Atom atom, double size, double width, std::vector<Line>& lines) const {
  size_t start = 0;  // of the piece being measured
  for (size_t i = 0; i < atom.text.size();) {
    size_t length = CodePointLength(static_cast<unsigned char>(atom.text[i]));
    std::string_view piece = atom.text.substr(start, i - start);
    if (!piece.empty() && measure_.Width(atom.text.substr(start, i + length - start), atom.face, size) > width) {
      Atom part = atom;
      part.text = piece;
      part.width = measure_.Width(piece, atom.face, size);
      part.space_before = false;
      lines.push_back({{part}, part.width});
      start = i;
    }
    i += length;
  }
  atom.text = atom.text.substr(start);
  atom.width = measure_.Width(atom.text, atom.face, size);
  atom.space_before = false;
  lines.push_back({{atom}, atom.width});
}

std::vector<Line> Engine::Wrap(const Spans& spans, double size, double width, std::optional<Face> face) const {
  std::vector<Line> lines(1);
  for (Atom& atom : Atoms(spans, size, face)) {
    Line& line = lines.back();
    // A space is as wide as the face of the word it stands before: joined text is painted so.
    double gap = line.atoms.empty() || !atom.space_before ? 0 : measure_.Width(" ", atom.face, size);
    if (line.width + gap + atom.width <= width || (line.atoms.empty() && atom.width <= width)) {
      line.width += gap + atom.width;
      line.atoms.push_back(std::move(atom));
      continue;
    }
    if (atom.width > width) {
      if (line.atoms.empty()) lines.pop_back();
      BreakLongAtom(std::move(atom), size, width, lines);
      continue;
    }
    atom.space_before = false;
    lines.push_back({{atom}, atom.width});
  }
  if (lines.back().atoms.empty() && lines.size() > 1) lines.pop_back();
  return lines;
}

void Engine::PlaceLine(const Line& line, double x, double size, Color color) {
  double baseline = y_ - size * (style_.line_height - 1) / 2 - size * 0.8;
  // Words in the same face (and link) are one piece of text, so search and copy see words.
  const Atom* previous = nullptr;
  size_t last_text = 0, last_link = 0;
  for (const Atom& atom : line.atoms) {
    Color ink = atom.link.empty() ? color : style_.accent;
    double gap = atom.space_before ? measure_.Width(" ", atom.face, size) : 0;
    if (previous && previous->face == atom.face && previous->link == atom.link && previous->language == atom.language) {
      auto& text = std::get<TextItem>(page().items[last_text]);
      if (atom.space_before) text.text += ' ';
      text.text += atom.text;
      text.width += gap + atom.width;
      if (!atom.link.empty()) std::get<LinkItem>(page().items[last_link]).width += gap + atom.width;
      x += gap + atom.width;
      continue;
    }
    previous = &atom;
    x += gap;
    last_text = page().items.size();
    page().items.push_back(TextItem{x, baseline, atom.face, size, ink, std::string(atom.text), atom.width, Region::kBody,
                                    std::string(atom.language)});
    if (!atom.link.empty()) {
      last_link = page().items.size();
      LinkItem link{x, baseline - size * 0.25, atom.width, size * 1.1, "", -1, 0};
      if (atom.link[0] == '#') {
        pending_links_.push_back({page_index(), page().items.size(), std::string(atom.link.substr(1))});
      } else {
        link.uri = std::string(atom.link);
      }
      page().items.push_back(link);
    }
    x += atom.width;
  }
  y_ -= LineHeight(size);
}

void Engine::PlaceSymbol(Symbol symbol, double right_edge, double size, double room) {
  double baseline = y_ - size * (style_.line_height - 1) / 2 - size * 0.8;
  // As tall as a capital, unless the indent is too narrow for that (large type): the pencil's
  // line reaches a tenth of a side further left than the box.
  double side = std::min(size * 0.7, room / 1.1);
  double left = right_edge - side;
  auto line = [&](double x1, double y1, double x2, double y2, double width) {
    page().items.push_back(RuleItem{x1, y1, x2, y2, width, style_.text});
  };
  if (symbol == Symbol::kCheckbox) {
    double bottom = baseline - size * 0.05, top = bottom + side;
    line(left, bottom, right_edge, bottom, 0.6);
    line(right_edge, bottom, right_edge, top, 0.6);
    line(right_edge, top, left, top, 0.6);
    line(left, top, left, bottom, 0.6);
  } else if (symbol == Symbol::kPencil) {
    line(left + side * 0.15, baseline + side * 0.1, right_edge, baseline + side, 1.6);  // the pencil
    line(left - side * 0.1, baseline - size * 0.05, right_edge, baseline - size * 0.05, 0.5);  // the line it writes on
  }
}

void Engine::CalloutStrip(Callout callout, double top, double height) {
  if (callout == Callout::kNone) return;
  bool safety = callout == Callout::kSafety;
  page().items.push_back(BoxItem{style_.margin_left, top - height, style_.content_width(), height,
                                 safety ? style_.safety_fill : style_.note_fill, false, {}, 0});
  page().items.push_back(BoxItem{style_.margin_left, top - height, 3, height,
                                 safety ? style_.safety_border : style_.note_border, false, {}, 0});
}

void Engine::Mark(const char* kind, size_t line, size_t lines) {
  Page& p = page();
  if (p.last.id == piece_ && p.last.kind == kind) {
    p.last.to = line;
  } else {
    p.last = {kind, piece_, line, line, lines};
  }
  if (p.first.kind.empty()) p.first = p.last;
  if (p.first.id == piece_ && p.first.kind == kind) p.first.to = line;
}

std::vector<Line> Engine::LinesOf(const Heading& heading) const {
  return Wrap(heading.spans, HeadingSize(heading), style_.content_width());
}

// Room is kept on the right for `right` text, or for a page number of up to three digits.
double Engine::ParagraphRightWidth(const Paragraph& paragraph, double size) const {
  std::string right = paragraph.right_page_of.empty() ? paragraph.right : "000";
  return right.empty() ? 0 : measure_.Width(right, Face::kRegular, size) + 12;
}

std::vector<Line> Engine::LinesOf(const Paragraph& paragraph) const {
  double size = SizeOf(paragraph.role);
  double pad = paragraph.callout != Callout::kNone ? style_.box_padding : 0;
  double left = style_.margin_left + paragraph.indent + pad;
  double width = style_.page_width - style_.margin_right - pad - left - ParagraphRightWidth(paragraph, size);
  return Wrap(paragraph.spans, size, width);
}

constexpr double kCellPad = 3;
double TableTextSize(const Style& style) { return style.body_size * 0.9; }

// Relative widths, or, without them, widths from the cells' text as a browser sizes an auto
// table: each column at least its longest word, the room left shared by how much more each
// column's longest text asks for.
std::vector<double> Engine::AutoWidths(const Table& table) const {
  size_t count = table.header.size();
  for (const auto& row : table.rows) count = std::max(count, row.size());
  std::vector<double> least(count, 2 * kCellPad + 12), most(count, 2 * kCellPad + 12);
  auto measure = [&](const std::vector<TableCell>& cells, std::optional<Face> face) {
    for (size_t c = 0; c < cells.size(); ++c) {
      double line = 0;
      for (const Atom& atom : Atoms(cells[c].spans, TableTextSize(style_), face)) {
        least[c] = std::max(least[c], atom.width + 2 * kCellPad);
        line += atom.width + (atom.space_before ? measure_.Width(" ", atom.face, TableTextSize(style_)) : 0);
      }
      most[c] = std::max(most[c], line + 2 * kCellPad);
    }
  };
  measure(table.header, Face::kBold);
  for (const auto& row : table.rows) measure(row, std::nullopt);
  double room = style_.content_width();
  double sum_least = 0, sum_most = 0;
  for (size_t c = 0; c < count; ++c) {
    sum_least += least[c];
    sum_most += most[c];
  }
  std::vector<double> widths(count);
  for (size_t c = 0; c < count; ++c) {
    if (sum_most <= room) {
      widths[c] = most[c];  // everything fits on one line: spread out as the text asks
    } else if (sum_least >= room) {
      widths[c] = least[c];  // not even the words fit: they are broken, in proportion
    } else {
      widths[c] = least[c] + (room - sum_least) * (most[c] - least[c]) / (sum_most - sum_least);
    }
  }
  return widths;
}

Engine::TableColumns Engine::ColumnsOf(const Table& table) const {
  TableColumns columns;
  std::vector<double> weights = table.widths.empty() ? AutoWidths(table) : table.widths;
  double total_weight = 0;
  for (double w : weights) total_weight += w;
  double x = style_.margin_left;
  for (double w : weights) {
    columns.xs.push_back(x);
    columns.widths.push_back(style_.content_width() * w / total_weight);
    x += columns.widths.back();
  }
  return columns;
}

std::vector<std::vector<Line>> Engine::WrapRow(const std::vector<TableCell>& cells, const TableColumns& columns,
                                               Face face) const {
  std::vector<std::vector<Line>> wrapped;
  static const Spans kEmpty;
  for (size_t c = 0; c < columns.widths.size(); ++c) {
    const Spans& spans = c < cells.size() ? cells[c].spans : kEmpty;
    wrapped.push_back(Wrap(spans, TableTextSize(style_), columns.widths[c] - 2 * kCellPad,
                           face == Face::kBold ? std::optional(face) : std::nullopt));
  }
  return wrapped;
}

std::vector<std::vector<Line>> Engine::BodyRow(const Table& table, size_t row, const TableColumns& columns) const {
  auto wrapped = WrapRow(table.rows[row], columns, Face::kRegular);
  for (auto& cell : wrapped) cell.resize(std::max(cell.size(), static_cast<size_t>(table.row_lines)));
  return wrapped;
}

double Engine::RowHeight(const std::vector<std::vector<Line>>& row) const {
  size_t most = 0;
  for (const auto& cell : row) most = std::max(most, cell.size());
  return most * LineHeight(TableTextSize(style_)) + 2 * kCellPad;
}

// An image scaled to its width, and down to nine tenths of the text area's height with its
// caption, which is set small and centred under it.
Engine::ImageBox Engine::BoxOf(const Image& image) const {
  ImageBox box;
  box.width = style_.content_width() * std::clamp(image.width_fraction, 0.1, 1.0);
  box.caption = Wrap(image.caption, style_.small_size, style_.content_width(), std::nullopt);
  if (box.caption.size() == 1 && box.caption[0].atoms.empty()) box.caption.clear();  // no caption
  double caption_height = box.caption.size() * LineHeight(style_.small_size) + (box.caption.empty() ? 0 : 4);
  box.height = box.width * image.aspect;
  double most = std::max((Top() - Bottom()) * 0.9 - caption_height, (Top() - Bottom()) * 0.3);
  if (image.max_height > 0) most = std::min(most, image.max_height);
  if (box.height > most) {
    box.width *= most / box.height;
    box.height = most;
  }
  return box;
}

bool Engine::OpensCallout(size_t index) const {
  const auto* paragraph = std::get_if<Paragraph>(&(*flow_)[index]);
  if (!paragraph || paragraph->callout == Callout::kNone) return false;
  const auto* previous = index > 0 ? std::get_if<Paragraph>(&(*flow_)[index - 1]) : nullptr;
  return !previous || previous->callout != paragraph->callout;
}

bool Engine::ClosesCallout(size_t index) const {
  const auto* paragraph = std::get_if<Paragraph>(&(*flow_)[index]);
  if (!paragraph || paragraph->callout == Callout::kNone) return false;
  const auto* next = index + 1 < flow_->size() ? std::get_if<Paragraph>(&(*flow_)[index + 1]) : nullptr;
  return !next || next->callout != paragraph->callout;
}

// The space between a paragraph and what follows it; a callout's closing padding included.
double Engine::SpaceAfter(const Paragraph& paragraph, size_t index) const {
  if (ClosesCallout(index)) return style_.box_padding + style_.paragraph_space;
  return paragraph.callout != Callout::kNone ? style_.paragraph_space / 2 : style_.paragraph_space;
}

double Engine::LeadHeight(size_t index, int depth) const {
  if (index >= flow_->size() || depth > 4) return 0;
  double lead = std::visit(
      Overloaded{
          [&](const Heading& heading) -> double {
            if (heading.new_page) return 0;
            double size = HeadingSize(heading);
            return 18 + LinesOf(heading).size() * LineHeight(size) + 8 + LeadHeight(index + 1, depth + 1);
          },
          [&](const Paragraph& paragraph) -> double {
            size_t total = LinesOf(paragraph).size();
            size_t lines = paragraph.keep_with_next || total <= 3 ? total : 2;
            double opening = OpensCallout(index) ? style_.paragraph_space / 2 + style_.box_padding : 0;
            double height = opening + lines * LineHeight(SizeOf(paragraph.role));
            if (!paragraph.keep_with_next) return height;
            return height + SpaceAfter(paragraph, index) + LeadHeight(index + 1, depth + 1);
          },
          [&](const Table& table) -> double {
            if (table.header.empty() && table.rows.empty()) return 0;
            TableColumns columns = ColumnsOf(table);
            double height = table.header.empty() ? 0 : RowHeight(WrapRow(table.header, columns, Face::kBold));
            if (!table.rows.empty()) height += RowHeight(BodyRow(table, 0, columns));
            return height;
          },
          [&](const Image& image) -> double {
            ImageBox box = BoxOf(image);
            return box.height + 4 + box.caption.size() * LineHeight(style_.small_size);
          },
          [&](const Spacer& spacer) -> double { return spacer.height + LeadHeight(index + 1, depth + 1); },
          [&](const WritingLines& lines) -> double { return lines.count * WritingLineGap(); },
          [&](const PageBreak&) -> double { return 0; },
      },
      (*flow_)[index]);
  return std::min(lead, Top() - Bottom());
}

void Engine::Place(const Heading& heading) {
  double size = HeadingSize(heading);
  if (heading.new_page && !AtTop()) NewPage("new-part");
  double before = AtTop() ? 0 : (heading.level == 1 ? 18 : heading.level == 2 ? 12 : 8);
  double after = heading.level == 1 ? 8 : 3;
  std::vector<Line> lines = LinesOf(heading);
  // Never the last thing on a page: it goes with the beginning of what it leads to.
  EnsureRoom(before + lines.size() * LineHeight(size) + after + LeadHeight(index_ + 1), "keep-with-next");
  if (!AtTop()) y_ -= before;
  if (!heading.anchor.empty()) {
    result_.anchors[heading.anchor] = page_index();
    anchor_y_[heading.anchor] = y_;
    result_.pages.outline.push_back({heading.Text(), heading.level, page_index(), y_});
  }
  ++piece_;
  for (const Line& line : lines) PlaceLine(line, style_.margin_left, size, heading.level == 3 ? style_.text : style_.accent);
  Mark("heading");
  if (heading.level == 1) {
    page().items.push_back(RuleItem{style_.margin_left, y_ + 2, style_.page_width - style_.margin_right, y_ + 2, 1, style_.accent});
  }
  y_ -= after;
}

void Engine::Place(const Paragraph& paragraph) {
  double size = SizeOf(paragraph.role);
  double lh = LineHeight(size);
  bool in_callout = paragraph.callout != Callout::kNone;
  double pad = in_callout ? style_.box_padding : 0;
  double left = style_.margin_left + paragraph.indent + pad;
  std::vector<Line> lines = LinesOf(paragraph);
  bool opens = OpensCallout(index_);
  bool closes = ClosesCallout(index_);
  if (opens && !AtTop()) y_ -= style_.paragraph_space / 2;

  // Where it begins: a short paragraph (or a label) moves whole; a longer one leaves at least
  // two lines at the foot of this page, or moves on.
  size_t total = lines.size();
  double top_pad = opens ? pad : 0;
  size_t fit = static_cast<size_t>(std::max(0.0, std::floor((y_ - top_pad - Bottom()) / lh)));
  if (fit < total && !AtTop()) {
    if (fit == 0) {
      NewPage("full");
    } else if (paragraph.keep_with_next || total <= 3) {
      NewPage("keep-whole");
    } else if (fit < 2) {
      NewPage("orphan");
    }
  }
  if (paragraph.keep_with_next && !AtTop() &&
      y_ - top_pad - total * lh - SpaceAfter(paragraph, index_) - LeadHeight(index_ + 1) < Bottom()) {
    NewPage("keep-with-next");
  }

  if (opens) {
    CalloutStrip(paragraph.callout, y_, pad);
    y_ -= pad;
  }
  ++piece_;
  const char* kind = paragraph.keep_with_next ? "kept-lines" : "lines";
  size_t on_page = 0;  // lines of it on this page
  for (size_t i = 0; i < total; ++i) {
    // A page ends when the next line does not fit, or one line early when the last line would
    // otherwise be alone at the head of the next.
    bool full = y_ - lh < Bottom() - 0.01;
    bool widow = !full && on_page >= 2 && total - i == 2 && y_ - 2 * lh < Bottom() - 0.01;
    if (full || widow) {
      NewPage(widow ? "widow" : "full");
      on_page = 0;
      if (in_callout) {
        CalloutStrip(paragraph.callout, y_, pad / 2);
        y_ -= pad / 2;
      }
    }
    double line_top = y_;
    CalloutStrip(paragraph.callout, line_top, lh);
    if (i == 0 && !paragraph.marker.empty()) {
      double marker_width = measure_.Width(paragraph.marker, Face::kRegular, size);
      double baseline = y_ - size * (style_.line_height - 1) / 2 - size * 0.8;
      page().items.push_back(TextItem{left - marker_width - 4, baseline, Face::kRegular, size, style_.text,
                                      paragraph.marker, marker_width});
    }
    if (i == 0 && paragraph.symbol != Symbol::kNone) {
      PlaceSymbol(paragraph.symbol, left - 4, size, std::max(0.0, paragraph.indent - 4));
    }
    Color color = paragraph.role == Role::kSmall ? style_.muted : style_.text;
    bool right = !paragraph.right.empty() || !paragraph.right_page_of.empty();
    if (i + 1 == total && right) {
      double baseline = y_ - size * (style_.line_height - 1) / 2 - size * 0.8;
      double edge = style_.page_width - style_.margin_right - pad;
      if (!paragraph.right_page_of.empty()) {
        pending_numbers_.push_back({page_index(), page().items.size(), paragraph.right_page_of, edge});
      }
      double right_text_width = measure_.Width(paragraph.right, Face::kRegular, size);
      page().items.push_back(TextItem{edge - right_text_width, baseline, Face::kRegular, size, color, paragraph.right,
                                      right_text_width});
    }
    double x = paragraph.centred ? left + (style_.page_width - style_.margin_right - pad - left - lines[i].width) / 2 : left;
    PlaceLine(lines[i], x, size, color);
    Mark(kind, i + 1, total);
    ++on_page;
  }
  if (closes) {
    // The box's last padding stops at the bottom margin when the text reached it.
    CalloutStrip(paragraph.callout, y_, std::min(pad, std::max(0.0, y_ - Bottom())));
    y_ -= pad;
  }
  // Between two paragraphs of one callout, its tint runs on.
  if (in_callout && !closes) CalloutStrip(paragraph.callout, y_, std::min(SpaceAfter(paragraph, index_), std::max(0.0, y_ - Bottom())));
  y_ -= closes ? style_.paragraph_space : SpaceAfter(paragraph, index_);
}

void Engine::Place(const Table& table) {
  if (table.header.empty() && table.rows.empty()) return;
  double size = TableTextSize(style_);
  double lh = LineHeight(size);
  TableColumns columns = ColumnsOf(table);
  std::vector<std::vector<Line>> header = WrapRow(table.header, columns, Face::kBold);
  // Draws up to `max_lines` lines of each cell from `from`; returns whether lines are left.
  auto draw_row = [&](const std::vector<std::vector<Line>>& row, size_t from, size_t max_lines, bool is_header) {
    size_t most = 0;
    for (const auto& cell : row) most = std::max(most, cell.size() > from ? cell.size() - from : 0);
    size_t count = std::min(most, max_lines);
    double height = count * lh + 2 * kCellPad;
    if (is_header) page().items.push_back(BoxItem{style_.margin_left, y_ - height, style_.content_width(), height, style_.header_fill, false, {}, 0});
    double top = y_;
    for (size_t c = 0; c < row.size(); ++c) {
      y_ = top - kCellPad;
      for (size_t l = from; l < from + count && l < row[c].size(); ++l) PlaceLine(row[c][l], columns.xs[c] + kCellPad, size, style_.text);
    }
    y_ = top - height;
    page().items.push_back(RuleItem{style_.margin_left, y_, style_.page_width - style_.margin_right, y_, 0.5, style_.rule});
    return from + count < most;
  };
  bool has_header = !table.header.empty();
  auto draw_header = [&] {
    if (!has_header) return;
    ++piece_;
    draw_row(header, 0, 1000, true);
    Mark("table-header");
  };
  double header_height = has_header ? RowHeight(header) : 0;
  // The header row never ends a page: it goes with the first row.
  EnsureRoom(header_height + (table.rows.empty() ? 0 : RowHeight(BodyRow(table, 0, columns))), "keep-with-next");
  draw_header();
  for (size_t r = 0; r < table.rows.size(); ++r) {
    auto row = BodyRow(table, r, columns);
    size_t most = 0;
    for (const auto& cell : row) most = std::max(most, cell.size());
    ++piece_;
    size_t from = 0;
    while (true) {
      double room = y_ - Bottom() - 2 * kCellPad;
      size_t fit = room > 0 ? static_cast<size_t>(room / lh) : 0;
      size_t needed = most - from;
      // A row moves whole to the next page unless it is taller than a page.
      if (fit < needed && (fit == 0 || Top() - Bottom() - header_height - 2 * kCellPad >= needed * lh)) {
        NewPage("keep-whole");
        draw_header();
        continue;
      }
      bool more = draw_row(row, from, fit, false);
      Mark("row", from + 1, most);
      Mark("row", std::min(from + fit, most), most);
      if (!more) break;
      from += fit;
      NewPage("row-taller-than-page");
      draw_header();
    }
  }
  y_ -= style_.paragraph_space + 2;
}

void Engine::Place(const Image& image) {
  ImageBox box = BoxOf(image);
  double caption_height = box.caption.size() * LineHeight(style_.small_size);
  EnsureRoom(box.height + 4 + caption_height, "keep-whole");
  double x = style_.margin_left + (style_.content_width() - box.width) / 2;
  ++piece_;
  page().items.push_back(ImageItem{x, y_ - box.height, box.width, box.height, image.source, image.alt});
  y_ -= box.height;
  if (!box.caption.empty()) {
    y_ -= 4;
    for (const Line& line : box.caption) {
      PlaceLine(line, style_.margin_left + (style_.content_width() - line.width) / 2, style_.small_size, style_.muted);
    }
  }
  Mark("image");
  y_ -= style_.paragraph_space + 2;
}

void Engine::Place(const WritingLines& lines) {
  double gap = WritingLineGap();
  // Whole, unless there are more lines than a page holds: then they run on.
  EnsureRoom(std::min(lines.count * gap, Top() - Bottom()), "keep-whole");
  ++piece_;
  double left = style_.margin_left + lines.indent;
  for (int i = 0; i < lines.count; ++i) {
    if (y_ - gap < Bottom() - 0.01) NewPage("full");
    y_ -= gap;
    page().items.push_back(RuleItem{left, y_, style_.page_width - style_.margin_right, y_, 0.5, style_.rule});
  }
  Mark("writing-lines");
  y_ -= style_.paragraph_space;
}

// Drops the last word of `text` (or, with a single word, its last character) and adds "…".
std::string Shortened(const std::string& text) {
  std::string base = text.size() >= 3 && text.compare(text.size() - 3, 3, "…") == 0 ? text.substr(0, text.size() - 3)
                                                                                    : text;
  size_t space = base.find_last_of(' ');
  if (space != std::string::npos && space > 0) {
    base.erase(space);
  } else {
    size_t last = base.size();
    while (last > 0 && (static_cast<unsigned char>(base[last - 1]) & 0xC0) == 0x80) --last;  // a UTF-8 tail
    base.erase(last > 0 ? last - 1 : 0);
  }
  while (!base.empty() && (base.back() == ',' || base.back() == ':' || base.back() == ' ')) base.pop_back();
  return base + "…";
}

std::string Engine::FitHeader(double width) const {
  std::vector<std::string> parts = options_.header;
  auto joined = [&] {
    std::string text;
    for (const std::string& part : parts) text += (text.empty() ? "" : " · ") + part;
    return text;
  };
  std::string text = joined();
  while (measure_.Width(text, Face::kRegular, style_.small_size) > width) {
    auto longest = std::max_element(parts.begin(), parts.end(), [&](const std::string& a, const std::string& b) {
      return measure_.Width(a, Face::kRegular, style_.small_size) < measure_.Width(b, Face::kRegular, style_.small_size);
    });
    std::string shorter = Shortened(*longest);
    if (shorter == *longest) break;  // nothing left to take away
    *longest = shorter;
    text = joined();
  }
  return text;
}

void Engine::Decorate() {
  int pages = static_cast<int>(result_.pages.pages.size());
  const double size = style_.small_size;
  const double header_y = style_.page_height - style_.margin_top + 22;
  const double right = style_.page_width - style_.margin_right;
  // The logo stands on the header's rule, a line and a half tall, at most a quarter as wide
  // as the text; the header's text keeps a gap from it.
  const auto& logo = options_.header_image;
  double logo_height = LineHeight(size) * 1.5, logo_width = 0;
  if (!logo.source.empty()) {
    logo_width = std::min(logo_height / logo.aspect, style_.content_width() / 4);
    logo_height = logo_width * logo.aspect;
  }
  std::string header = FitHeader(style_.content_width() - (logo_width > 0 ? logo_width + 12 : 0));
  double header_width = measure_.Width(header, Face::kRegular, size);
  for (int i = 1; i < pages; ++i) {
    Page& p = result_.pages.pages[i];
    if (!header.empty() || logo_width > 0) {
      if (!header.empty()) {
        p.items.push_back(TextItem{style_.margin_left, header_y, Face::kRegular, size, style_.muted, header,
                                   header_width, Region::kHeader});
      }
      if (logo_width > 0) {
        p.items.push_back(ImageItem{right - logo_width, header_y - 3, logo_width, logo_height, logo.source, ""});
      }
      p.items.push_back(RuleItem{style_.margin_left, header_y - 5, right, header_y - 5, 0.5, style_.rule,
                                 Region::kHeader});
    }
    double footer_width = 0;
    if (options_.footer) {
      std::string footer = options_.footer(i + 1, pages);
      footer_width = measure_.Width(footer, Face::kRegular, size);
      p.items.push_back(TextItem{right - footer_width, style_.margin_bottom - 28, Face::kRegular, size, style_.muted,
                                 footer, footer_width, Region::kFooter});
    }
    if (!options_.footer_left.empty()) {
      std::string left = options_.footer_left;
      double room = style_.content_width() - footer_width - 12;
      for (std::string shorter; measure_.Width(left, Face::kRegular, size) > room && (shorter = Shortened(left)) != left;) {
        left = std::move(shorter);
      }
      p.items.push_back(TextItem{style_.margin_left, style_.margin_bottom - 28, Face::kRegular, size, style_.muted,
                                 left, measure_.Width(left, Face::kRegular, size), Region::kFooter});
    }
  }
  for (const auto& number : pending_numbers_) {
    auto& item = std::get<TextItem>(result_.pages.pages[number.page].items[number.item]);
    auto target = result_.anchors.find(number.anchor);
    item.text = target == result_.anchors.end() ? "" : std::to_string(target->second + 1);
    item.width = measure_.Width(item.text, item.face, item.size);
    item.x = number.right_edge - item.width;
  }
  for (const auto& link : pending_links_) {
    auto& item = std::get<LinkItem>(result_.pages.pages[link.page].items[link.item]);
    auto target = result_.anchors.find(link.anchor);
    if (target != result_.anchors.end()) {
      item.target_page = target->second;
      item.target_y = anchor_y_[link.anchor];
    }
  }
}

LayoutResult Engine::Run(const Flow& flow) {
  flow_ = &flow;
  for (index_ = 0; index_ < flow.size(); ++index_) {
    std::visit(Overloaded{
                   [&](const Heading& h) { Place(h); },
                   [&](const Paragraph& p) { Place(p); },
                   [&](const Table& t) { Place(t); },
                   [&](const Image& m) { Place(m); },
                   [&](const WritingLines& w) { Place(w); },
                   [&](const PageBreak&) {
                     if (!AtTop()) NewPage("new-part");
                   },
                   [&](const Spacer& s) {
                     if (!AtTop() || s.at_top_too) y_ -= s.height;
                   },
               },
               flow[index_]);
  }
  Decorate();
  return std::move(result_);
}

}  // namespace

LayoutResult Layout(const Flow& flow, const Style& style, const TextMeasurer& measure, const LayoutOptions& options) {
  return Engine(style, measure, options).Run(flow);
}

}  // namespace trainkit::writers::pdf

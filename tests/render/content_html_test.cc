// Curriculum content as HTML, shared by the SCORM player and pages to come.
#include "trainkit/render/html/content_html.h"

#include <catch2/catch.hpp>

using namespace trainkit;
using render::html::ContentHtml;
using render::html::HtmlWriter;

namespace {

model::Inlines Words(const std::string& text) { return {{model::Text{text}, {}}}; }

std::string Render(const model::Blocks& blocks, render::html::ImagePath image_path = nullptr) {
  HtmlWriter html;
  ContentHtml(html, std::move(image_path)).Blocks(blocks, 4);
  return html.Finish();
}

}  // namespace

TEST_CASE("a fact prints its value, and emphasis and links inside a link survive") {
  model::Inlines inside = {{model::Emphasis{Words("call ")}, {}}, {model::FactRef{{"hotline", {}}, Words("116 123")}, {}}};
  model::Inlines text = {{model::Link{"tel:116123", inside}, {}}};
  CHECK(Render({{model::Paragraph{text}, {}, {}}}) ==
        "<p><a href=\"tel:116123\" target=\"_blank\" rel=\"noopener noreferrer\"><em>call </em>116 123</a></p>\n");
}

TEST_CASE("a table scrolls on its own and is labelled by its caption") {
  model::Table table{Words("Who to call"), {{{{true, Words("Need")}}, {}}, {{{false, Words("Help")}}, {}}}};
  std::string html = Render({{table, {}, {}}});
  CHECK(html.find("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"caption-1\">"
                  "<table><caption id=\"caption-1\">Who to call</caption>") != std::string::npos);
  CHECK(html.find("<th scope=\"col\">Need</th>") != std::string::npos);
  CHECK(html.find("<td>Help</td>") != std::string::npos);
}

TEST_CASE("an empty corner cell is a data cell: a header must name something") {
  model::Table table{{}, {{{{true, Words(" ")}, {true, Words("Trafficking")}}, {}}, {{{true, Words("Consent")}, {false, Words("No")}}, {}}}};
  std::string html = Render({{table, {}, {}}});
  CHECK(html.find("<tr><td> </td>\n<th scope=\"col\">Trafficking</th>") != std::string::npos);
  CHECK(html.find("<tr><th scope=\"row\">Consent</th>\n<td>No</td>") != std::string::npos);
}

TEST_CASE("an image is shown where the page has it, and its description where it is left out") {
  model::Image image;
  image.source = {"media/a.png", {}};
  image.alt = "A <diagram>";
  image.width_percent = 40;
  model::Blocks blocks = {{image, {}, {}}};
  CHECK(Render(blocks, [](const model::Image&) { return std::string("media/image1.png"); }) ==
        "<figure><img src=\"media/image1.png\" alt=\"A &lt;diagram&gt;\" style=\"width:40%\"></figure>\n");
  CHECK(Render(blocks, [](const model::Image&) { return std::string(); }) ==
        "<p class=\"image-missing\">A &lt;diagram&gt;</p>\n");
}

TEST_CASE("a section holds its title and blocks, their headings one level below") {
  HtmlWriter html;
  ContentHtml content(html, nullptr);
  content.Section(Words("Title"), {{model::Heading{Words("Inside")}, {}, {}}}, 3, {{"class", "part"}, {"lang", "en"}});
  CHECK(html.Finish() == "<section class=\"part\" lang=\"en\"><h3>Title</h3>\n<h4>Inside</h4>\n</section>\n");
}

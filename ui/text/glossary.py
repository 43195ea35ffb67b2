"""Help → Glossary: the course's terms side by side in English and Vietnamese, searchable.

The terms are bilingual data (both columns are always shown, whatever the interface language);
the one-line meaning is shown in the interface language. Notation stays as the course writes it.
"""
from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QLineEdit, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from . import i18n

#: (English, Vietnamese, meaning in English, meaning in Vietnamese)
TERMS: tuple[tuple[str, str, str, str], ...] = (
    ("neural network", "mạng nơ-ron", "Layers of units, each computing a = g(w·x + b).",
     "Các lớp đơn vị, mỗi đơn vị tính a = g(w·x + b)."),
    ("neuron, unit", "nơ-ron, đơn vị", "One node of a layer: a weighted sum, then an activation.",
     "Một nút của lớp: tổng có trọng số rồi qua hàm kích hoạt."),
    ("layer", "lớp", "A set of units that all read the previous layer's output.",
     "Nhóm đơn vị cùng nhận đầu ra của lớp trước."),
    ("hidden layer", "lớp ẩn", "A layer between the input and the output.", "Lớp nằm giữa đầu vào và đầu ra."),
    ("input layer", "lớp đầu vào", "Layer 0: the features x of an example.", "Lớp 0: các đặc trưng x của một mẫu."),
    ("output layer", "lớp đầu ra", "The last layer; gives the prediction ŷ.", "Lớp cuối cùng, cho dự đoán ŷ."),
    ("weight", "trọng số", "W: how strongly one unit's output feeds the next.",
     "W: mức ảnh hưởng của đầu ra một đơn vị tới đơn vị sau."),
    ("bias", "độ lệch (bias)", "b: a constant added to the weighted sum.", "b: hằng số cộng vào tổng có trọng số."),
    ("activation function", "hàm kích hoạt", "g(z): the non-linearity applied to z.",
     "g(z): hàm phi tuyến áp dụng lên z."),
    ("sigmoid", "hàm sigmoid", "σ(z) = 1/(1 + e⁻ᶻ), between 0 and 1.", "σ(z) = 1/(1 + e⁻ᶻ), nằm giữa 0 và 1."),
    ("tanh", "hàm tanh", "Hyperbolic tangent, between −1 and 1, centred on 0.",
     "Tang hyperbolic, giữa −1 và 1, đối xứng quanh 0."),
    ("ReLU", "hàm ReLU", "max(0, z): zero for negative z, z otherwise.", "max(0, z): bằng 0 khi z âm, bằng z khi dương."),
    ("softmax", "hàm softmax", "Turns K scores into K probabilities that sum to 1.",
     "Biến K điểm số thành K xác suất có tổng bằng 1."),
    ("forward propagation", "lan truyền tiến", "Computing Z and A layer by layer from the input to ŷ.",
     "Tính Z và A từng lớp, từ đầu vào tới ŷ."),
    ("backward propagation", "lan truyền ngược", "Computing dZ, dW, db from the output back to the input.",
     "Tính dZ, dW, db từ đầu ra ngược về đầu vào."),
    ("loss function", "hàm mất mát", "L(ŷ, y): the error on one example.", "L(ŷ, y): sai số trên một mẫu."),
    ("cost function", "hàm chi phí", "J: the mean loss over the examples (plus the penalty).",
     "J: trung bình mất mát trên các mẫu (cộng số hạng phạt)."),
    ("cross-entropy", "entropy chéo", "The loss for classification: −y log ŷ − (1 − y) log(1 − ŷ).",
     "Hàm mất mát cho phân loại: −y log ŷ − (1 − y) log(1 − ŷ)."),
    ("gradient", "gradient (đạo hàm)", "How the cost changes with each parameter: dW, db.",
     "Mức thay đổi của chi phí theo từng tham số: dW, db."),
    ("gradient descent", "gradient descent (hạ gradient)", "Step each parameter against its gradient: W := W − α·dW.",
     "Cập nhật tham số ngược chiều gradient: W := W − α·dW."),
    ("learning rate", "tốc độ học", "α: the size of each step.", "α: độ lớn của mỗi bước cập nhật."),
    ("weight initialization", "khởi tạo trọng số", "How W is drawn before training (zeros fail; Xavier, He).",
     "Cách chọn W trước khi huấn luyện (toàn số 0 thất bại; Xavier, He)."),
    ("vanishing gradients", "gradient tiêu biến", "Gradients shrinking layer by layer in a deep network.",
     "Gradient nhỏ dần qua từng lớp trong mạng sâu."),
    ("exploding gradients", "gradient bùng nổ", "Gradients growing layer by layer until training diverges.",
     "Gradient lớn dần qua từng lớp tới mức huấn luyện phân kỳ."),
    ("normalization", "chuẩn hoá", "Shifting and scaling inputs to mean 0 and variance 1.",
     "Dịch và co giãn đầu vào về trung bình 0, phương sai 1."),
    ("regularization", "điều chuẩn", "A penalty or noise (L2, dropout) that fights overfitting.",
     "Số hạng phạt hoặc nhiễu (L2, dropout) để chống quá khớp."),
    ("dropout", "dropout (bỏ ngẫu nhiên)", "Switching off random hidden units during training.",
     "Tắt ngẫu nhiên một số đơn vị ẩn khi huấn luyện."),
    ("overfitting", "quá khớp", "Fitting the training data well but new data badly.",
     "Khớp tốt dữ liệu huấn luyện nhưng kém trên dữ liệu mới."),
    ("underfitting", "chưa khớp", "Too simple a model: even the training error stays high.",
     "Mô hình quá đơn giản: sai số huấn luyện vẫn cao."),
    ("mini-batch", "lô nhỏ (mini-batch)", "A few examples that one update averages over.",
     "Một nhóm nhỏ mẫu dùng cho một lần cập nhật."),
    ("epoch", "epoch (lượt huấn luyện)", "One pass over all the training data.", "Một lượt đi qua toàn bộ dữ liệu huấn luyện."),
    ("hyperparameter", "siêu tham số", "A setting chosen by you, not learned: α, layers, λ.",
     "Thông số do người học chọn, không được học: α, số lớp, λ."),
    ("decision boundary", "biên quyết định", "Where the predicted class changes.", "Nơi lớp nhãn dự đoán thay đổi."),
    ("training / dev / test set", "tập huấn luyện / tập dev (phát triển) / tập kiểm tra",
     "Data to learn from, to tune settings on, and for the final check.",
     "Dữ liệu để học, để chỉnh siêu tham số, và để kiểm tra cuối cùng."),
    ("class", "lớp nhãn (nhãn)", "One of the categories an example can belong to; y names it.",
     "Một trong các loại mà một mẫu có thể thuộc về; y cho biết loại đó. (\"Lớp\" một mình là lớp của mạng.)"),
    ("logistic regression", "hồi quy logistic", "A network with no hidden layer: ŷ = σ(w·x + b).",
     "Mạng không có lớp ẩn: ŷ = σ(w·x + b)."),
    ("shallow neural network", "mạng nơ-ron nông", "A network with one hidden layer.", "Mạng có một lớp ẩn."),
    ("derivative", "đạo hàm", "How fast a function changes with its input: g′(z) for an activation.",
     "Tốc độ thay đổi của hàm theo đầu vào: g′(z) với một hàm kích hoạt."),
    ("non-linear", "phi tuyến", "Not of the form a·z + b; without it, layers collapse into one linear map.",
     "Không có dạng a·z + b; thiếu nó, nhiều lớp chỉ còn là một ánh xạ tuyến tính."),
    ("Xavier / He initialization", "khởi tạo Xavier / He",
     "Random weights scaled by the layer's inputs: √(1/n) (the course's Xavier), √(2/n) (He).",
     "Trọng số ngẫu nhiên co theo số đầu vào của lớp: √(1/n) (Xavier theo khoá học), √(2/n) (He)."),
    ("bias correction", "hiệu chỉnh độ chệch", "Dividing v and s by 1 − βᵗ so that early averages are not too small.",
     "Chia v và s cho 1 − βᵗ để các trung bình ban đầu không quá nhỏ."),
    ("learning rate decay", "giảm dần tốc độ học", "Shrinking α as the epochs pass.", "Giảm α dần qua các epoch."),
    ("gradient checking", "kiểm tra gradient", "Comparing backprop's gradients with finite differences.",
     "So sánh gradient của lan truyền ngược với sai phân hữu hạn."),
    ("momentum, RMSprop, Adam", "momentum, RMSprop, Adam", "Optimizers that average past gradients to step faster.",
     "Các thuật toán tối ưu lấy trung bình gradient cũ để đi nhanh hơn."),
)


def matches(term: tuple[str, str, str, str], text: str) -> bool:
    """True if ``text`` occurs (case-insensitively) in any column of ``term``."""
    text = text.strip().casefold()
    return not text or any(text in column.casefold() for column in term)


class GlossaryDialog(QDialog):
    """A filter box over a table: English | Tiếng Việt | meaning."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("GlossaryDialog")
        self.setWindowTitle(self.tr("Glossary"))
        self.resize(820, 560)
        layout = QVBoxLayout(self)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("GlossaryFilter")
        self.filter.setPlaceholderText(self.tr("Search in English or Vietnamese…"))
        self.filter.setClearButtonEnabled(True)
        layout.addWidget(self.filter)
        self.table = QTableWidget(len(TERMS), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("English"), self.tr("Vietnamese"), self.tr("Meaning")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        vietnamese = i18n.current_language() == "vi"
        for row, (en, vi, meaning_en, meaning_vi) in enumerate(TERMS):
            for col, text in enumerate((en, vi, meaning_vi if vietnamese else meaning_en)):
                item = QTableWidgetItem(text)
                item.setToolTip(meaning_vi if col == 1 else meaning_en if col == 0 else text)
                self.table.setItem(row, col, item)
        layout.addWidget(self.table, 1)
        self.count = QLabel(self)
        layout.addWidget(self.count)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._filter)
        self._filter("")

    @Slot(str)
    def _filter(self, text: str) -> None:
        shown = 0
        for row, term in enumerate(TERMS):
            hide = not matches(term, text)
            self.table.setRowHidden(row, hide)
            shown += not hide
        self.count.setText(self.tr("%n term(s)", "", shown))

    def visible_terms(self) -> list[str]:
        """The English terms the table shows now (tests read it)."""
        return [self.table.item(r, 0).text() for r in range(self.table.rowCount()) if not self.table.isRowHidden(r)]

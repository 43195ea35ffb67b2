<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>ActivationPanel</name>
    <message>
        <location filename="../../ui/lessons/activation_panel.py" line="+26"/>
        <source>dead</source>
        <translation>chết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saturated</source>
        <translation>bão hoà</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never saturates</source>
        <translation>không bao giờ bão hoà</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;What to watch:&lt;/b&gt; solid lines are g(z), dashed lines g′(z). In the shaded bands |g′(z)| &amp;lt; 0.05: a unit whose z sits there passes almost no gradient back, so it barely learns. The grey bars are where the chosen layer&apos;s z values are now: bars drifting into the shaded bands mean saturating (tanh, sigmoid) or dying (ReLU) units.</source>
        <translation>&lt;b&gt;Điều cần quan sát:&lt;/b&gt; đường liền là g(z), đường nét đứt là g′(z). Trong các dải tô màu, |g′(z)| &amp;lt; 0,05: một đơn vị có z nằm ở đó hầu như không truyền gradient ngược lại, nên gần như không học được. Các cột xám cho biết giá trị z của lớp đang chọn hiện nằm ở đâu: cột trôi dần vào dải tô màu nghĩa là các đơn vị đang bão hoà (tanh, sigmoid) hoặc đang &quot;chết&quot; (ReLU).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whose pre-activations z to show as bars</source>
        <translation>Lớp nào có giá trị tiền kích hoạt z được vẽ thành cột</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which activation&apos;s saturated regions are shaded</source>
        <translation>Tô màu vùng bão hoà của hàm kích hoạt nào</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Histogram of z in layer</source>
        <translation>Biểu đồ tần suất của z ở lớp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shade where |g′| &lt; 0.05 for</source>
        <translation>Tô vùng |g′| &lt; 0,05 cho</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>g(z), g′(z)</source>
        <translation>g(z), g′(z)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+90"/>
        <source>&lt;b&gt;Units passing almost no gradient, per layer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Các đơn vị hầu như không truyền gradient, theo từng lớp&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Layer {k} ({g}): {share} {kind}</source>
        <translation>Lớp {k} ({g}): {share} {kind}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layer {k} ({g}): never saturates</source>
        <translation>Lớp {k} ({g}): không bao giờ bão hoà</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{layer}; mean g′(z) {value}</source>
        <translation>{layer}; g′(z) trung bình {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mean of g′(z) over the examples and units of this layer: on average, the share of the gradient the layer passes back (at most 0.25 for sigmoid)</source>
        <translation>Trung bình của g′(z) trên các mẫu và các đơn vị của lớp này: tính trung bình, phần gradient mà lớp truyền ngược lại (không quá 0,25 với sigmoid)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;No hidden layers: nothing can saturate before the output&lt;/b&gt;</source>
        <translation>&lt;b&gt;Không có lớp ẩn: không có gì bị bão hoà trước lớp đầu ra&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>AnimationExport</name>
    <message>
        <location filename="extracted_strings.py" line="+4"/>
        <source>Exporting an animation needs Pillow, an optional part of NNSim. Install it with: pip install &apos;nnsim[gif]&apos;</source>
        <translation>Xuất ảnh động cần Pillow, một phần tuỳ chọn của NNSim. Cài bằng lệnh: pip install &apos;nnsim[gif]&apos;</translation>
    </message>
</context>
<context>
    <name>AveragesPanel</name>
    <message>
        <location filename="../../ui/lessons/ewa_panel.py" line="+33"/>
        <source>&lt;b&gt;What to watch:&lt;/b&gt; v&lt;sub&gt;t&lt;/sub&gt; = β·v&lt;sub&gt;t−1&lt;/sub&gt; + (1 − β)·θ&lt;sub&gt;t&lt;/sub&gt; averages about the last 1/(1 − β) values: 2 with β = 0.5 (it follows every wobble), 10 with 0.9, 50 with 0.98 (smooth, but late). Starting from v&lt;sub&gt;0&lt;/sub&gt; = 0 it begins far too low; bias correction v&lt;sub&gt;t&lt;/sub&gt;/(1 − β&lt;sup&gt;t&lt;/sup&gt;) fixes the start. Momentum keeps this average of dW; Adam corrects it.</source>
        <translation>&lt;b&gt;Cần quan sát:&lt;/b&gt; v&lt;sub&gt;t&lt;/sub&gt; = β·v&lt;sub&gt;t−1&lt;/sub&gt; + (1 − β)·θ&lt;sub&gt;t&lt;/sub&gt; xấp xỉ trung bình của khoảng 1/(1 − β) giá trị gần nhất: 2 với β = 0,5 (bám theo mọi dao động), 10 với 0,9, 50 với 0,98 (mượt, nhưng trễ). Bắt đầu từ v&lt;sub&gt;0&lt;/sub&gt; = 0 nên lúc đầu nó quá thấp; hiệu chỉnh độ chệch v&lt;sub&gt;t&lt;/sub&gt;/(1 − β&lt;sup&gt;t&lt;/sup&gt;) sửa phần đầu. Momentum giữ trung bình này của dW; Adam hiệu chỉnh nó.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A year of temperatures</source>
        <translation>Nhiệt độ trong một năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This run&apos;s mini-batch costs</source>
        <translation>Chi phí lô nhỏ của lần chạy này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The noisy series θ to average: the course&apos;s daily temperatures, or the cost of each mini-batch of the running network</source>
        <translation>Chuỗi nhiễu θ cần lấy trung bình: nhiệt độ hằng ngày của khoá học, hoặc chi phí của từng lô nhỏ của mạng đang chạy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bias correction</source>
        <translation>Hiệu chỉnh độ chệch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On: the bias-corrected averages v_t / (1 − βᵗ) (solid lines); off: v_t as it is, starting from 0 (dashed lines)</source>
        <translation>Bật: các trung bình đã hiệu chỉnh độ chệch v_t / (1 − βᵗ) (đường liền); tắt: v_t nguyên dạng, bắt đầu từ 0 (đường nét đứt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Series</source>
        <translation>Chuỗi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>giá trị</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exponentially weighted averages</source>
        <translation>Trung bình có trọng số mũ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>θ (the series)</source>
        <translation>θ (chuỗi)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No mini-batch costs yet: press Play.</source>
        <extracomment>One curve per β: v̂ (solid) with bias correction, v (dashed) without.</extracomment>
        <translation>Chưa có chi phí lô nhỏ nào: hãy bấm Chạy.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First value θ₁ = {theta}: with β = 0.98, v₁ = 0.02·θ₁ = {v}; bias-corrected, v₁ / (1 − 0.98) = {v_hat}</source>
        <translation>Giá trị đầu θ₁ = {theta}: với β = 0,98, v₁ = 0,02·θ₁ = {v}; sau khi hiệu chỉnh độ chệch, v₁ / (1 − 0,98) = {v_hat}</translation>
    </message>
</context>
<context>
    <name>BoundaryKey</name>
    <message>
        <location filename="../../ui/views/boundary_key.py" line="+24"/>
        <source>What the background colours mean, and how train, dev and test points are drawn.</source>
        <translation>Ý nghĩa của các màu nền, và cách vẽ các điểm huấn luyện, dev (phát triển) và kiểm tra.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Probability of class “%1”</source>
        <translation>Xác suất thuộc lớp nhãn “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted value</source>
        <translation>Giá trị dự đoán</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Predicted class (paler: less sure)</source>
        <translation>Lớp nhãn dự đoán (càng nhạt: càng kém chắc chắn)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>train</source>
        <translation>huấn luyện</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dev</source>
        <translation>dev</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>test</source>
        <translation>kiểm tra</translation>
    </message>
</context>
<context>
    <name>BoundaryView</name>
    <message>
        <location filename="../../ui/views/boundary.py" line="+125"/>
        <source>Draw points</source>
        <translation>Vẽ điểm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw your own data: left click adds a point of the chosen class, right click removes the nearest; watch how the boundary bends to fit the points you add.</source>
        <translation>Tự vẽ dữ liệu: nhấp chuột trái để thêm một điểm thuộc lớp nhãn đã chọn, nhấp chuột phải để xoá điểm gần nhất; hãy xem biên quyết định uốn theo các điểm bạn thêm vào.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The class of the points a left click adds.</source>
        <translation>Lớp nhãn của các điểm được thêm khi nhấp chuột trái.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left click: add · right click: remove</source>
        <translation>Chuột trái: thêm · chuột phải: xoá</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The input column along the horizontal axis; the picture is a slice through the other inputs.</source>
        <translation>Cột đầu vào trên trục ngang; hình là một lát cắt qua các đầu vào còn lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The input column along the vertical axis; the picture is a slice through the other inputs.</source>
        <translation>Cột đầu vào trên trục dọc; hình là một lát cắt qua các đầu vào còn lại.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Horizontal:</source>
        <translation>Trục ngang:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vertical:</source>
        <translation>Trục dọc:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The network sees every input: the columns not on the axes are fixed at these values, so points off this slice may look misplaced.</source>
        <translation>Mạng nhìn thấy mọi đầu vào: các cột không nằm trên hai trục được giữ cố định ở các giá trị này, nên những điểm nằm ngoài lát cắt có thể trông như bị đặt sai chỗ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The network&apos;s output over the input plane, with the data on top; test points far inside the other colour are mistakes.</source>
        <translation>Đầu ra của mạng trên mặt phẳng đầu vào, với dữ liệu vẽ chồng lên trên; các điểm kiểm tra nằm sâu trong vùng màu kia là dự đoán sai.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Drawing points works on classification data with two input columns; pick a generated classification data set to draw.</source>
        <translation>Chỉ vẽ điểm được với dữ liệu phân loại có hai cột đầu vào; hãy chọn một tập dữ liệu phân loại được tạo sẵn để vẽ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 points drawn (an even sample)</source>
        <translation>Vẽ %1 trong số %2 điểm (một mẫu chọn đều)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Other columns held at their mean: %1</source>
        <translation>Các cột khác được giữ ở giá trị trung bình: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+8"/>
        <source>Class %1</source>
        <translation>Lớp nhãn %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add a point</source>
        <translation>Thêm một điểm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove a point</source>
        <translation>Xoá một điểm</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../ui/panels/compare.py" line="+53"/>
        <source>Compare runs</source>
        <translation>So sánh các lần chạy</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Duplicate and change</source>
        <translation>Nhân bản và thay đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new run: the baseline&apos;s set-up, same data and seed, with only this one setting changed</source>
        <translation>Một lần chạy mới: giữ thiết lập của lần chạy gốc, cùng dữ liệu và seed ngẫu nhiên, chỉ đổi đúng một thiết lập này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play all</source>
        <translation>Chạy tất cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause all</source>
        <translation>Tạm dừng tất cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start over from the main run</source>
        <translation>Bắt đầu lại từ lần chạy chính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop every run and copy the main window&apos;s set-up again</source>
        <translation>Bỏ mọi lần chạy và sao chép lại thiết lập của cửa sổ chính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove selected run</source>
        <translation>Xoá lần chạy đã chọn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change</source>
        <translation>Đổi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>thành</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>step</source>
        <translation>bước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss (solid train, dashed dev)</source>
        <translation>mất mát (liền: huấn luyện, nét đứt: tập dev)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The gap is train accuracy minus dev accuracy, in points: a big gap is overfitting</source>
        <translation>Chênh lệch là độ chính xác huấn luyện trừ độ chính xác trên tập dev, tính bằng điểm: chênh lệch lớn là quá khớp</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>baseline</source>
        <translation>gốc</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>At most {n} runs side by side: remove one first.</source>
        <translation>Chỉ đặt cạnh nhau được tối đa {n} lần chạy: hãy xoá bớt một lần trước.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A run with this set-up is already here.</source>
        <translation>Đã có một lần chạy với thiết lập này.</translation>
    </message>
</context>
<context>
    <name>CompareRuns</name>
    <message>
        <location line="+173"/>
        <location line="+10"/>
        <source>Compare runs…</source>
        <translation>So sánh các lần chạy…</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Train copies of this set-up side by side, each with one setting changed</source>
        <translation>Huấn luyện song song các bản sao của thiết lập này, mỗi bản đổi một thiết lập</translation>
    </message>
    <message>
        <location filename="extracted_strings.py" line="+177"/>
        <source>“{text}” is not a value for {title}</source>
        <translation>“{text}” không phải là giá trị hợp lệ cho {title}</translation>
    </message>
</context>
<context>
    <name>ConfusionTable</name>
    <message>
        <location filename="../../ui/views/figures.py" line="+244"/>
        <source>Test-set counts: row = true class, column = predicted class. A strong diagonal means few mistakes; a dark cell off it is a confusion to look at.</source>
        <translation>Số đếm trên tập kiểm tra: hàng = lớp nhãn thực tế, cột = lớp nhãn dự đoán. Đường chéo đậm nghĩa là ít sai; một ô đậm nằm ngoài đường chéo là một chỗ nhầm lẫn đáng xem xét.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 test examples of class %2 predicted as %3 (%4 of that class)</source>
        <translation>%1 mẫu kiểm tra thuộc lớp nhãn %2 được dự đoán là %3 (%4 số mẫu của lớp nhãn đó)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>predicted %1</source>
        <translation>dự đoán %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true %1</source>
        <translation>thực tế %1</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../ui/engine/controller.py" line="+347"/>
        <source>Lower the learning rate</source>
        <extracomment>The learning rate to roll back to after divergence at ``learning_rate``: the engine&apos;s rule (``nnsim.edits.rollback_rate``), here for the views that hold a controller.</extracomment>
        <translation>Giảm tốc độ học</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Reset the weights</source>
        <translation>Đặt lại trọng số</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New data</source>
        <translation>Dữ liệu mới</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Import CSV</source>
        <translation>Nhập CSV</translation>
    </message>
</context>
<context>
    <name>ControlsPanel</name>
    <message>
        <location filename="../../ui/panels/controls.py" line="+153"/>
        <source>Data</source>
        <extracomment>Typical values offered in the editable number boxes (TensorFlow Playground&apos;s, mostly).</extracomment>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data set</source>
        <translation>Tập dữ liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The points the network learns to separate (or, for Plane and Sum of Gaussians, to fit). Harder shapes such as the spiral need more neurons, more layers or extra input features.</source>
        <translation>Các điểm mà mạng học cách phân tách (hoặc, với Mặt phẳng và Tổng các hàm Gauss, học cách khớp). Hình dạng khó hơn như xoắn ốc cần thêm nơ-ron, thêm lớp hoặc thêm đặc trưng đầu vào.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Classes</source>
        <translation>Số lớp nhãn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many classes the Gaussian and spiral data have. More than two needs a softmax output, which is chosen for you.</source>
        <translation>Số lớp nhãn của dữ liệu Gauss và xoắn ốc. Nhiều hơn hai lớp nhãn cần đầu ra softmax, chương trình sẽ tự chọn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Noise</source>
        <translation>Nhiễu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much random scatter is added to every point. More noise blurs the classes: watch the test cost stay above the training cost as the network starts fitting the noise.</source>
        <translation>Mức nhiễu ngẫu nhiên thêm vào mỗi điểm. Nhiễu càng nhiều các lớp nhãn càng lẫn vào nhau: hãy xem chi phí kiểm tra nằm trên chi phí huấn luyện khi mạng bắt đầu khớp cả nhiễu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change the noise</source>
        <translation>Đổi mức nhiễu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples</source>
        <translation>Số mẫu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many points are generated. With few points a big network memorises them: compare the training and test costs.</source>
        <translation>Số điểm được tạo ra. Với ít điểm, một mạng lớn sẽ học thuộc lòng chúng: hãy so sánh chi phí huấn luyện và chi phí kiểm tra.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change the number of samples</source>
        <translation>Đổi số mẫu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test data</source>
        <translation>Dữ liệu kiểm tra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of the points held back to test the network; it never trains on them. A test cost well above the training cost means the network overfits.</source>
        <translation>Tỉ lệ điểm được giữ lại để kiểm tra mạng; mạng không bao giờ học trên chúng. Chi phí kiểm tra cao hơn hẳn chi phí huấn luyện nghĩa là mạng đang quá khớp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the test share</source>
        <translation>Đổi tỉ lệ kiểm tra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dev data</source>
        <translation>Dữ liệu dev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share held back as a development set, for comparing settings and for early stopping. Tune on the dev set and keep the test set for the final check.</source>
        <translation>Tỉ lệ được giữ lại làm tập dev (phát triển), để so sánh các thiết lập và để dừng sớm. Hãy tinh chỉnh trên tập dev và để dành tập kiểm tra cho lần kiểm tra cuối.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the dev share</source>
        <translation>Đổi tỉ lệ tập dev</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Feed {feature} to the network as an input. Products and sines of x₁ and x₂ let even a network without hidden layers draw curved boundaries.</source>
        <translation>Đưa {feature} vào mạng làm một đầu vào. Tích và sin của x₁, x₂ giúp ngay cả mạng không có lớp ẩn cũng vẽ được biên cong.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The inputs the network receives.</source>
        <translation>Các đầu vào mà mạng nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Features</source>
        <translation>Đặc trưng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A CSV file&apos;s inputs are its columns other than the label.</source>
        <translation>Đầu vào của tệp CSV là các cột trừ cột nhãn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Standardize the inputs</source>
        <translation>Chuẩn hoá đầu vào</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Shift and scale every input to mean 0 and standard deviation 1, measured on the training data. Without it, inputs of very different sizes make gradient descent zigzag.</source>
        <translation>Dịch và co giãn mỗi đầu vào về trung bình 0 và độ lệch chuẩn 1, đo trên dữ liệu huấn luyện. Nếu không, các đầu vào có độ lớn chênh lệch sẽ khiến hạ gradient đi zích zắc.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The seeds that make this run reproducible: Reset draws a new weights seed, New data a new data seed. The same seeds give the same run, step for step.</source>
        <translation>Các seed ngẫu nhiên giúp lặp lại đúng lần chạy này: Đặt lại lấy seed trọng số mới, Dữ liệu mới lấy seed dữ liệu mới. Cùng seed ngẫu nhiên cho cùng một lần chạy, từng bước một.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seeds</source>
        <translation>Seed ngẫu nhiên</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network</source>
        <translation>Mạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden layers</source>
        <translation>Lớp ẩn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neurons in each hidden layer, separated by commas (4, 2 is two layers); empty is logistic regression. The canvas edits them too. Bigger networks fit more, and overfit more.</source>
        <translation>Số nơ-ron của mỗi lớp ẩn, cách nhau bằng dấu phẩy (4, 2 là hai lớp); để trống là hồi quy logistic. Có thể sửa cả trên hình vẽ mạng. Mạng lớn hơn khớp tốt hơn, và cũng dễ quá khớp hơn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activation</source>
        <translation>Hàm kích hoạt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The activation g(z) of every hidden layer (the canvas sets one layer from its header). Sigmoid and tanh saturate and slow deep networks; a ReLU unit can die and stay at zero.</source>
        <translation>Hàm kích hoạt g(z) của mọi lớp ẩn (trên hình vẽ mạng có thể đặt riêng từng lớp ở phần đầu lớp). Sigmoid và tanh bị bão hoà và làm chậm mạng sâu; một đơn vị ReLU có thể &quot;chết&quot; và nằm yên ở 0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per layer</source>
        <translation>Theo từng lớp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the hidden activation</source>
        <translation>Đổi hàm kích hoạt lớp ẩn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>Đầu ra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The output layer&apos;s activation: sigmoid for two classes, softmax for several, linear for regression. The loss follows it: cross-entropy, or mean squared error for linear.</source>
        <translation>Hàm kích hoạt của lớp đầu ra: sigmoid cho hai lớp nhãn, softmax cho nhiều lớp nhãn, tuyến tính cho hồi quy. Hàm mất mát đi theo: entropy chéo, hoặc sai số bình phương trung bình với tuyến tính.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the output activation</source>
        <translation>Đổi hàm kích hoạt đầu ra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initializer</source>
        <translation>Khởi tạo trọng số</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the weights are drawn before training. All zeros leaves the units of a layer identical; too large saturates tanh and sigmoid; Xavier suits tanh, He suits ReLU.</source>
        <translation>Cách chọn trọng số trước khi huấn luyện. Toàn số 0 khiến các đơn vị trong một lớp giống hệt nhau; quá lớn làm tanh và sigmoid bão hoà; Xavier hợp với tanh, He hợp với ReLU.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the initializer</source>
        <translation>Đổi cách khởi tạo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch normalization</source>
        <translation>Chuẩn hoá theo lô</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normalise every hidden layer&apos;s Z over the mini-batch (mean 0, variance 1), then scale by γ and shift by β, both learnt (β replaces b). Deep networks then train with poorer initializations and larger learning rates. Needs mini-batches of at least 2.</source>
        <translation>Chuẩn hoá Z của mọi lớp ẩn trên lô nhỏ (trung bình 0, phương sai 1), rồi nhân với γ và cộng β, cả hai đều được học (β thay cho b). Nhờ đó mạng sâu vẫn học được với cách khởi tạo kém hơn và tốc độ học lớn hơn. Cần lô nhỏ có ít nhất 2 mẫu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn batch normalization on or off</source>
        <translation>Bật hoặc tắt chuẩn hoá theo lô</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ρ, the rate of the running averages of μ and σ² that batch normalization uses at test time: μ_avg ← ρ·μ_avg + (1 − ρ)·μ. Written ρ so it is not confused with β.</source>
        <translation>ρ, hệ số của các trung bình trượt của μ và σ² mà chuẩn hoá theo lô dùng khi kiểm tra: μ_avg ← ρ·μ_avg + (1 − ρ)·μ. Viết là ρ để không nhầm với β.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running average rate (ρ)</source>
        <translation>Hệ số trung bình trượt (ρ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change ρ of batch normalization</source>
        <translation>Đổi ρ của chuẩn hoá theo lô</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training</source>
        <translation>Huấn luyện</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optimizer</source>
        <translation>Thuật toán tối ưu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rule that turns gradients into weight updates. Momentum, RMSprop and Adam usually need far fewer steps than plain gradient descent; Adam often wants a smaller learning rate.</source>
        <translation>Quy tắc biến gradient thành bước cập nhật trọng số. Momentum, RMSprop và Adam thường cần ít bước hơn nhiều so với hạ gradient thông thường; Adam thường cần tốc độ học nhỏ hơn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the optimizer</source>
        <translation>Đổi thuật toán tối ưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate</source>
        <translation>Tốc độ học</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the learning rate</source>
        <translation>Đổi tốc độ học</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>α, the size of each step down the gradient. Too small and the cost falls slowly; too large and it oscillates or blows up (training then stops and offers to roll back).</source>
        <translation>α, độ dài mỗi bước đi xuống theo gradient. Quá nhỏ thì chi phí giảm chậm; quá lớn thì chi phí dao động hoặc bùng nổ (khi đó huấn luyện dừng lại và đề nghị quay lui).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Momentum β</source>
        <translation>Momentum β</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Change β</source>
        <translation>Đổi β</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>How much of the previous update carries over: 0.9 averages about the last ten gradients. Closer to 1 smooths more but turns more slowly.</source>
        <translation>Phần của lần cập nhật trước được giữ lại: 0,9 xấp xỉ trung bình mười gradient gần nhất. Càng gần 1 càng mượt nhưng đổi hướng càng chậm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>β₁</source>
        <translation>β₁</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change β₁</source>
        <translation>Đổi β₁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam&apos;s decay of the running mean of gradients (usually 0.9): its momentum part.</source>
        <translation>Hệ số suy giảm của trung bình trượt gradient trong Adam (thường là 0,9): phần momentum của nó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>β₂</source>
        <translation>β₂</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change β₂</source>
        <translation>Đổi β₂</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam&apos;s decay of the running mean of squared gradients (usually 0.999). Lower values adapt faster but make the steps noisier.</source>
        <translation>Hệ số suy giảm của Adam cho trung bình trượt bình phương gradient (thường là 0,999). Giá trị thấp hơn thích nghi nhanh hơn nhưng các bước nhiễu hơn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>β</source>
        <translation>β</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RMSprop&apos;s decay of the running mean of squared gradients (usually 0.9). With no bias correction the first step is α/√(1 − β) per weight: about 3.2·α at 0.9.</source>
        <translation>Hệ số suy giảm của RMSprop cho trung bình trượt bình phương gradient (thường là 0,9). Không có hiệu chỉnh độ chệch nên bước đầu tiên là α/√(1 − β) cho mỗi trọng số: khoảng 3,2·α khi β = 0,9.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ε</source>
        <translation>ε</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change ε</source>
        <translation>Đổi ε</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tiny number added under the square root so that nothing is divided by zero (usually 10⁻⁸). It rarely needs changing.</source>
        <translation>Một số rất nhỏ cộng vào dưới căn để không bao giờ chia cho 0 (thường là 10⁻⁸). Hiếm khi cần thay đổi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decay</source>
        <translation>Giảm dần</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the learning rate shrinks as the epochs pass: big steps early, fine ones later. Watch the cost curve settle instead of jittering.</source>
        <translation>Cách tốc độ học giảm dần qua các epoch: bước lớn lúc đầu, bước nhỏ về sau. Hãy xem đường chi phí lắng xuống thay vì rung lắc.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decay rate</source>
        <translation>Hệ số suy giảm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the decay rate</source>
        <translation>Đổi tốc độ giảm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How strongly the schedule lowers α. Inverse time: α = α₀ / (1 + rate·e); exponential: α = α₀·rate^e, so there a rate below 1.</source>
        <translation>Mức lịch trình làm giảm α. Nghịch đảo thời gian: α = α₀ / (1 + rate·e); hàm mũ: α = α₀·rate^e, nên ở đó rate nhỏ hơn 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decay every</source>
        <translation>Giảm sau mỗi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs between two decay steps: e = ⌊epoch / interval⌋.</source>
        <translation>Số epoch giữa hai lần giảm: e = ⌊epoch / interval⌋.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> epochs</source>
        <translation> epoch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the decay interval</source>
        <translation>Đổi khoảng giảm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch size</source>
        <translation>Kích thước lô</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many examples each step averages its gradient over; full batch uses every training example. Small batches take cheaper but noisier steps: watch the cost curve jitter.</source>
        <translation>Số mẫu mà mỗi bước lấy trung bình gradient; toàn bộ dữ liệu nghĩa là dùng mọi mẫu huấn luyện. Lô nhỏ cho bước rẻ hơn nhưng nhiễu hơn: hãy xem đường chi phí rung lắc.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full batch</source>
        <translation>Toàn bộ dữ liệu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the batch size</source>
        <translation>Đổi kích thước lô</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs limit</source>
        <translation>Giới hạn epoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training pauses after this many epochs (passes over the training data). Raise it to go on.</source>
        <translation>Huấn luyện tạm dừng sau chừng này epoch (lượt qua dữ liệu huấn luyện). Tăng lên để chạy tiếp.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change the epochs limit</source>
        <translation>Đổi giới hạn epoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L2 (λ)</source>
        <translation>L2 (λ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change L2</source>
        <translation>Đổi L2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>λ of the L2 penalty (λ/2m)·Σ‖W‖², which shrinks every weight a little each step. It fights overfitting; too much and the boundary becomes too simple.</source>
        <translation>λ của số hạng phạt L2 (λ/2m)·Σ‖W‖², làm mọi trọng số nhỏ đi một chút sau mỗi bước. Nó chống quá khớp; quá nhiều thì biên quyết định trở nên quá đơn giản.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L1 (λ₁)</source>
        <translation>L1 (λ₁)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change L1</source>
        <translation>Đổi L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>λ₁ of the L1 penalty (λ₁/m)·Σ|W|, which pushes unneeded weights to exactly zero: watch thin links vanish on the canvas.</source>
        <translation>λ₁ của số hạng phạt L1 (λ₁/m)·Σ|W|, đẩy các trọng số không cần thiết về đúng 0: hãy xem các liên kết mảnh biến mất trên hình vẽ mạng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep probability</source>
        <translation>Xác suất giữ lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the keep probability</source>
        <translation>Đổi xác suất giữ lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropout: the chance that a hidden neuron takes part in a training step (1 turns dropout off; one value, or one per hidden layer separated by commas). Lower values regularise more but make the training cost noisy.</source>
        <translation>Dropout: xác suất một nơ-ron ẩn tham gia một bước huấn luyện (1 là tắt dropout; một giá trị, hoặc mỗi lớp ẩn một giá trị cách nhau bằng dấu phẩy). Giá trị thấp hơn điều chuẩn mạnh hơn nhưng làm chi phí huấn luyện nhiễu.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Change the data set</source>
        <translation>Đổi tập dữ liệu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change the learning-rate decay</source>
        <translation>Đổi cách giảm tốc độ học</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change the number of classes</source>
        <translation>Đổi số lớp nhãn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change the input features</source>
        <translation>Đổi các đặc trưng đầu vào</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change the hidden layers</source>
        <translation>Đổi các lớp ẩn</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Inputs: the {count} columns of the data set.</source>
        <translation>Đầu vào: {count} cột của tập dữ liệu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inputs: the columns {columns}.</source>
        <translation>Đầu vào: các cột {columns}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inputs: every column except the label ({label}).</source>
        <translation>Đầu vào: mọi cột trừ cột nhãn ({label}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last column</source>
        <translation>cột cuối cùng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>data {data}, weights {weights}</source>
        <translation>dữ liệu {data}, trọng số {weights}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>CSV: {file}</source>
        <translation>CSV: {file}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drawn points</source>
        <translation>Điểm tự vẽ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The points you drew on the data plot.</source>
        <translation>Các điểm bạn đã vẽ trên đồ thị dữ liệu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import CSV…</source>
        <translation>Nhập CSV…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train on the rows of a CSV file.</source>
        <translation>Huấn luyện trên các dòng của một tệp CSV.</translation>
    </message>
</context>
<context>
    <name>CustomizeDialog</name>
    <message>
        <location filename="../../ui/panels/customize.py" line="+156"/>
        <source>Customize controls</source>
        <translation>Tuỳ chỉnh các điều khiển</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Untick what learners should not see in this project. It is saved with the project file.</source>
        <translation>Bỏ đánh dấu những gì người học không nên thấy trong dự án này. Lựa chọn được lưu cùng tệp dự án.</translation>
    </message>
</context>
<context>
    <name>Customizer</name>
    <message>
        <location line="-136"/>
        <location line="+102"/>
        <source>Customize controls…</source>
        <translation>Tuỳ chỉnh các điều khiển…</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+101"/>
        <source>Choose which settings and buttons this project shows (saved with it)</source>
        <translation>Chọn những thiết lập và nút mà dự án này hiển thị (lưu cùng dự án)</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Toolbar</source>
        <translation>Thanh công cụ</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Could not keep the hidden controls in {file}: {message}</source>
        <translation>Không lưu được các điều khiển bị ẩn vào {file}: {message}</translation>
    </message>
</context>
<context>
    <name>DeepLinearView</name>
    <message>
        <location filename="../../ui/lessons/deep_linear.py" line="+39"/>
        <source>Every W⁽ˡ⁾ = a·I, linear activations, b = 0.  a =</source>
        <translation>Mọi W⁽ˡ⁾ = a·I, hàm kích hoạt tuyến tính, b = 0.  a =</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layers L =</source>
        <translation>số lớp L =</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>layer l</source>
        <translation>lớp l</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>size (log scale)</source>
        <translation>độ lớn (thang log)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deep linear network</source>
        <translation>Mạng tuyến tính sâu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>signal ‖a⁽ˡ⁾‖/‖x‖</source>
        <translation>tín hiệu ‖a⁽ˡ⁾‖/‖x‖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a^l</source>
        <translation>a^l</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gradient ‖dA⁽ˡ⁾‖</source>
        <translation>gradient ‖dA⁽ˡ⁾‖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a^(L−l)</source>
        <translation>a^(L−l)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>a &gt; 1: the signal explodes with depth, and so does the gradient reaching the first layers.</source>
        <translation>a &gt; 1: tín hiệu bùng nổ theo độ sâu, và gradient tới các lớp đầu cũng vậy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a &lt; 1: the signal vanishes with depth, and so does the gradient reaching the first layers.</source>
        <translation>a &lt; 1: tín hiệu triệt tiêu theo độ sâu, và gradient tới các lớp đầu cũng vậy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a = 1: signal and gradient keep their size at every depth.</source>
        <translation>a = 1: tín hiệu và gradient giữ nguyên độ lớn ở mọi độ sâu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ŷ = W⁽ᴸ⁾···W⁽¹⁾x = a^L·x: the output is {out} times the input; the first layer&apos;s gradient is {first} times the last&apos;s (a^(L−1)). Every dW⁽ˡ⁾ has the same size, a^(L−1) = {dw}: the signal in (a^(l−1)) times the gradient back (a^(L−l)). {trend}</source>
        <translation>ŷ = W⁽ᴸ⁾···W⁽¹⁾x = a^L·x: đầu ra gấp {out} lần đầu vào; gradient của lớp đầu gấp {first} lần của lớp cuối (a^(L−1)). Mọi dW⁽ˡ⁾ có cùng độ lớn, a^(L−1) = {dw}: tín hiệu đi vào (a^(l−1)) nhân với gradient đi ngược về (a^(L−l)). {trend}</translation>
    </message>
</context>
<context>
    <name>DepthPanel</name>
    <message>
        <location filename="../../ui/lessons/depth_panel.py" line="+40"/>
        <source>&lt;b&gt;What to watch:&lt;/b&gt; each row of the left maps is one layer; the right plot shows std(A) of the hidden layers (the output&apos;s probabilities left out) and std(dW) of every layer. In the lessons&apos; ReLU network, weights × 10 (large random) make std(A) grow more than tenfold from one hidden layer to the next, weights × 0.01 (small random) make it shrink more than tenfold, and He keeps it level (within 3×). A deep sigmoid network loses gradient at every layer whatever the initialization, because σ′(z) ≤ ¼: with 10 layers of 50 units the first layer&apos;s std(dW) is less than 1/10,000 of the output layer&apos;s (Xavier, LeCun or He). That is why hidden layers use tanh or ReLU.</source>
        <translation>&lt;b&gt;Cần quan sát:&lt;/b&gt; mỗi hàng của các bản đồ bên trái là một lớp; biểu đồ bên phải cho thấy std(A) của các lớp ẩn (bỏ qua xác suất ở đầu ra) và std(dW) của mọi lớp. Trong mạng ReLU của các bài học, trọng số × 10 (ngẫu nhiên lớn) làm std(A) tăng hơn mười lần từ lớp ẩn này sang lớp ẩn sau, trọng số × 0,01 (ngẫu nhiên nhỏ) làm nó giảm hơn mười lần, còn He giữ nó đều (chênh không quá 3 lần). Một mạng sigmoid sâu mất dần gradient qua mỗi lớp dù khởi tạo thế nào, vì σ′(z) ≤ ¼: với 10 lớp, mỗi lớp 50 đơn vị, std(dW) của lớp đầu tiên nhỏ hơn 1/10.000 của lớp đầu ra (Xavier, LeCun hay He). Đó là lý do các lớp ẩn dùng tanh hoặc ReLU.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>activation a</source>
        <translation>giá trị kích hoạt a</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>layer</source>
        <translation>lớp</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Activations A</source>
        <translation>Giá trị kích hoạt A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log₁₀|dW|</source>
        <translation>log₁₀|dW|</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gradients dW</source>
        <translation>Gradient dW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>std (log scale)</source>
        <translation>std (thang logarit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread by depth</source>
        <translation>Độ phân tán theo độ sâu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>std(A)</source>
        <translation>std(A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>std(dW)</source>
        <translation>std(dW)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deep linear network (W = a·I): the course&apos;s picture of vanishing and exploding</source>
        <translation>Mạng tuyến tính sâu (W = a·I): hình minh hoạ triệt tiêu và bùng nổ của khoá học</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instead of this network, L layers whose weights are all a·I with linear activations: signal and gradient by depth against a^l</source>
        <translation>Thay cho mạng này, L lớp có mọi trọng số là a·I với hàm kích hoạt tuyến tính: tín hiệu và gradient theo độ sâu so với a^l</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&lt;b&gt;The spread is not finite (overflow: the network diverged or its weights are huge) at layer {layers}:&lt;/b&gt; only the finite points are drawn.</source>
        <translation>&lt;b&gt;Độ phân tán không hữu hạn (tràn số: mạng đã phân kỳ hoặc trọng số quá lớn) ở lớp {layers}:&lt;/b&gt; chỉ vẽ các điểm hữu hạn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(A spread below 1e-12, such as an exact 0, is drawn at 1e-12.)</source>
        <translation>(Độ phân tán dưới 1e-12, chẳng hạn đúng bằng 0, được vẽ ở mức 1e-12.)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>layer {k}: units {units} are identical</source>
        <translation>lớp {k}: các đơn vị {units} giống hệt nhau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No hidden units are copies of each other: the symmetry is broken.</source>
        <translation>Không có đơn vị ẩn nào là bản sao của nhau: tính đối xứng đã bị phá vỡ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Copies (same incoming weights and bias, so they compute the same thing and get the same update):&lt;/b&gt; {list}.</source>
        <translation>&lt;b&gt;Các bản sao (cùng trọng số đầu vào và độ lệch, nên tính cùng một thứ và nhận cùng một cập nhật):&lt;/b&gt; {list}.</translation>
    </message>
</context>
<context>
    <name>DiagnosisRow</name>
    <message>
        <location filename="../../ui/views/diagnosis.py" line="+33"/>
        <source>The error the best possible classifier (or a person) makes on this data: the train error is judged against it. 0 % unless you know better, e.g. for very noisy data.</source>
        <translation>Sai số mà bộ phân loại tốt nhất có thể (hoặc con người) mắc phải trên dữ liệu này: sai số huấn luyện được so với nó. Để 0 % trừ khi bạn biết rõ hơn, ví dụ với dữ liệu rất nhiễu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base error</source>
        <translation>Sai số cơ sở</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Avoidable bias = train error − base error; variance = dev error − train error. Either is high when it is more than {margin} points. The course&apos;s recipe: fix high bias first (a bigger network, train longer), then high variance (more data, regularization).</source>
        <translation>Độ chệch có thể tránh = sai số huấn luyện − sai số cơ sở; phương sai = sai số trên tập dev − sai số huấn luyện. Mỗi đại lượng được coi là cao khi lớn hơn {margin} điểm. Công thức của khoá học: sửa độ chệch cao trước (mạng lớn hơn, huấn luyện lâu hơn), rồi đến phương sai cao (thêm dữ liệu, điều chuẩn).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Low bias, low variance</source>
        <translation>Độ chệch thấp, phương sai thấp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nothing to fix</source>
        <translation>không cần sửa gì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High bias</source>
        <translation>Độ chệch cao</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>try a bigger network or train longer</source>
        <translation>hãy thử mạng lớn hơn hoặc huấn luyện lâu hơn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High variance</source>
        <translation>Phương sai cao</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>try more data or regularization</source>
        <translation>hãy thử thêm dữ liệu hoặc điều chuẩn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High bias and high variance</source>
        <translation>Độ chệch cao và phương sai cao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first a bigger network or longer training, then more data or regularization</source>
        <translation>trước hết mạng lớn hơn hoặc huấn luyện lâu hơn, sau đó thêm dữ liệu hoặc điều chuẩn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Diagnosis:&lt;/b&gt; needs train and dev accuracy (a dev split, classification)</source>
        <translation>&lt;b&gt;Chẩn đoán:&lt;/b&gt; cần độ chính xác huấn luyện và trên tập dev (một tập dev, bài toán phân loại)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Diagnosis: {name}&lt;/b&gt; — avoidable bias {bias} points, variance {variance} points; {remedy}</source>
        <translation>&lt;b&gt;Chẩn đoán: {name}&lt;/b&gt; — độ chệch có thể tránh {bias} điểm, phương sai {variance} điểm; {remedy}</translation>
    </message>
</context>
<context>
    <name>DrawPad</name>
    <message>
        <location filename="../../ui/views/drawpad.py" line="+135"/>
        <source>Draw a digit: left button draws, right button erases.</source>
        <translation>Vẽ một chữ số: nút trái để vẽ, nút phải để xoá.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wipe the pad</source>
        <translation>Xoá sạch bảng vẽ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your drawing as the network sees it: scaled and centred the way the data set&apos;s images were, then counted in 4×4 blocks into 8×8 pixels of ink 0 to 16.</source>
        <translation>Hình vẽ của bạn như mạng nhìn thấy: được co giãn và căn giữa như các ảnh của tập dữ liệu, rồi đếm theo từng khối 4×4 thành 8×8 điểm ảnh với độ đậm từ 0 đến 16.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>under %1</source>
        <translation>dưới %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the network sees it (left), it says: %1 (%2)</source>
        <translation>Như mạng nhìn thấy (bên trái), mạng đoán: %1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draw a digit on the pad: the network&apos;s class probabilities appear here.</source>
        <translation>Vẽ một chữ số lên bảng: xác suất từng lớp nhãn của mạng hiện ở đây.</translation>
    </message>
</context>
<context>
    <name>DrawnBatch</name>
    <message>
        <location filename="../../ui/step/drawn.py" line="+30"/>
        <source>Step with my &amp;drawing, as</source>
        <translation>Chạy từng bước với &amp;hình vẽ của tôi, là</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train the next steps on the digit you drew on the drawing pad alone, as the class chosen here: the panel shows its own numbers, phase by phase.</source>
        <translation>Huấn luyện các bước tiếp theo chỉ trên chữ số bạn vẽ trên bảng vẽ, với lớp nhãn chọn ở đây: bảng hiển thị các con số của chính nó, từng pha một.</translation>
    </message>
</context>
<context>
    <name>EngineErrorWords</name>
    <message>
        <location filename="extracted_strings.py" line="+227"/>
        <source>layer {layer}: </source>
        <translation>lớp {layer}: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activation</source>
        <translation>hàm kích hoạt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output activation</source>
        <translation>hàm kích hoạt đầu ra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optimizer</source>
        <translation>thuật toán tối ưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>setting of optimizer {optimizer}</source>
        <translation>thiết lập của thuật toán tối ưu {optimizer}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>learning-rate schedule</source>
        <translation>lịch giảm tốc độ học</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss</source>
        <translation>hàm mất mát</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>initializer</source>
        <translation>cách khởi tạo trọng số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dataset</source>
        <translation>tập dữ liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task</source>
        <translation>loại bài toán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feature</source>
        <translation>đặc trưng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preset</source>
        <translation>bài mẫu có sẵn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lesson</source>
        <translation>bài học</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lesson action</source>
        <translation>thao tác của bài học</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a CSV file</source>
        <translation>một tệp CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a weights file</source>
        <translation>một tệp trọng số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a project file</source>
        <translation>một tệp dự án</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a run config</source>
        <translation>một tệp cấu hình chạy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a folder</source>
        <translation>một thư mục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a FIFO</source>
        <translation>một ống dẫn có tên FIFO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a device</source>
        <translation>một thiết bị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a socket</source>
        <translation>một ổ cắm mạng (socket)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a plain file</source>
        <translation>không phải tệp thường</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than {limit}</source>
        <translation>hơn {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number of members</source>
        <translation>số tệp thành phần</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the data&apos;s rows × columns</source>
        <translation>số dòng × số cột của dữ liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the network&apos;s number of weight layers</source>
        <translation>số lớp trọng số của mạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the network&apos;s number of parameters</source>
        <translation>số tham số của mạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its size in bytes</source>
        <translation>kích thước của nó tính bằng byte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its members&apos; size in bytes</source>
        <translation>tổng kích thước các tệp thành phần tính bằng byte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}&apos;s size in bytes</source>
        <translation>kích thước của {name} tính bằng byte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: the number of arrays</source>
        <translation>{name}: số mảng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: the number of columns</source>
        <translation>{name}: số cột</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: rows × columns</source>
        <translation>{name}: số dòng × số cột</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: the number of classes in column {column}</source>
        <translation>{name}: số lớp nhãn trong cột {column}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: line {line}&apos;s length in bytes</source>
        <translation>{name}: độ dài của dòng {line} tính bằng byte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a regular file ({kind})</source>
        <translation>nó không phải là một tệp thông thường ({kind})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is {size} bytes; {what} may be at most {limit} bytes</source>
        <translation>nó có {size} byte; {what} chỉ được tối đa {limit} byte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} is {value}; at most {limit} is allowed</source>
        <translation>{what} là {value}; chỉ cho phép tối đa {limit}</translation>
    </message>
</context>
<context>
    <name>EngineErrors</name>
    <message>
        <location line="-121"/>
        <source>{count} hidden activations given for {layers} hidden layers; give one name, or one per hidden layer</source>
        <translation>có {count} hàm kích hoạt ẩn cho {layers} lớp ẩn; hãy cho một tên, hoặc mỗi lớp ẩn một tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} must be a whole number of at least {minimum}, not {value!r}</source>
        <translation>{name} phải là số nguyên, ít nhất {minimum}, không phải {value!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read {path}: {reason}</source>
        <translation>không đọc được {path}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>class labels must be whole numbers from 0 to {max_label}; found {value!r}</source>
        <translation>nhãn phải là số nguyên từ 0 đến {max_label}; gặp {value!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output {output!r} needs {rule}, not {outputs!r}</source>
        <translation>đầu ra {output!r} cần {rule}, không phải {outputs!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has shape {shape}; expected {expected}</source>
        <translation>{name} có kích thước {shape}; cần {expected}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not valid TOML: {reason}</source>
        <translation>{path} không phải TOML hợp lệ: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} must be {expected}, not {actual}</source>
        <translation>{name} phải là {expected}, không phải {actual}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}{units!r} units; a layer needs a whole number of at least 1 unit</source>
        <translation>{where}{units!r} đơn vị; mỗi lớp cần một số nguyên, ít nhất 1 đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key} must be {rule}, not {value!r}</source>
        <translation>{key} phải {rule}, không phải {value!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: line {line}: expected {expected} columns, as on line {first_line}, found {found}</source>
        <translation>{name}: dòng {line}: cần {expected} cột như ở dòng {first_line}, nhưng có {found}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: line {line}: column {column!r} appears more than once</source>
        <translation>{name}: dòng {line}: cột {column!r} xuất hiện nhiều lần</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: line {line}: the file is empty; it needs one row per example</source>
        <translation>{name}: dòng {line}: tệp rỗng; cần mỗi mẫu một dòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: line {line}: column {column!r} is empty</source>
        <translation>{name}: dòng {line}: cột {column!r} bị trống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: line {line}: a header but no data rows</source>
        <translation>{name}: dòng {line}: có dòng tiêu đề nhưng không có dòng dữ liệu nào</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: the first column has no name, as pandas writes a row index; it was left out of the inputs (name {column!r} in the features to keep it)</source>
        <translation>{name}: cột đầu tiên không có tên, như cách pandas ghi chỉ số dòng; cột này đã được bỏ khỏi đầu vào (ghi {column!r} trong danh sách đặc trưng để giữ lại)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: the first column {column!r} counts the rows 0, 1, 2, … as a row index does; it was left out of the inputs (name it in the features to keep it)</source>
        <translation>{name}: cột đầu tiên {column!r} đếm các dòng 0, 1, 2, … như một chỉ số dòng; cột này đã được bỏ khỏi đầu vào (ghi tên nó trong danh sách đặc trưng để giữ lại)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: line {line}: column {column!r} is the label; it cannot also be a feature</source>
        <translation>{name}: dòng {line}: cột {column!r} là nhãn; không thể đồng thời là đặc trưng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: line {line}: no feature columns; the columns are: {columns}</source>
        <translation>{name}: dòng {line}: không có cột đặc trưng nào; các cột là: {columns}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: line {line}: no label column {label!r}; the columns are: {columns}</source>
        <translation>{name}: dòng {line}: không có cột nhãn {label!r}; các cột là: {columns}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: line {line}: column {column!r}: {text!r} is not a finite number (NaN or infinity)</source>
        <translation>{name}: dòng {line}: cột {column!r}: {text!r} không phải số hữu hạn (NaN hoặc vô cực)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: line {line}: column {column!r}: {text!r} is not a number</source>
        <translation>{name}: dòng {line}: cột {column!r}: {text!r} không phải là số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: line {line}: a quoted cell on this row is never closed</source>
        <translation>{name}: dòng {line}: một ô trong dấu ngoặc kép ở dòng này không được đóng lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: line {line}: all {rows} rows have the label {label!r}; classification needs at least two classes</source>
        <translation>{name}: dòng {line}: cả {rows} dòng đều có nhãn {label!r}; phân loại cần ít nhất hai lớp nhãn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: line {line}: {detail}</source>
        <translation>{name}: dòng {line}: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: line {line}: no feature column {feature!r}; the columns are: {columns}</source>
        <translation>{name}: dòng {line}: không có cột đặc trưng {feature!r}; các cột là: {columns}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feature {feature!r} is listed more than once</source>
        <translation>đặc trưng {feature!r} được liệt kê nhiều lần</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the feature map is empty; choose at least one of: {choices}</source>
        <translation>ánh xạ đặc trưng đang trống; hãy chọn ít nhất một trong: {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reached the limit of {epochs} epochs</source>
        <translation>đã đạt giới hạn {epochs} epoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the input pipeline cannot be exported: {reason}</source>
        <translation>không thể xuất quy trình xử lý đầu vào: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dtype {dtype!r} is not supported; choose one of: {choices}</source>
        <translation>không hỗ trợ kiểu dữ liệu {dtype!r}; chọn một trong: {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the input pipeline gives {features} network inputs ({names}) but the network takes {inputs}</source>
        <translation>quy trình xử lý đầu vào cho {features} đầu vào mạng ({names}) nhưng mạng nhận {inputs}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ONNX export needs the onnx package ({reason}); install it with: pip install nnsim[onnx]</source>
        <translation>xuất ONNX cần gói onnx ({reason}); cài bằng lệnh: pip install nnsim[onnx]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} contains NaN or infinity; only a network with finite weights can be exported</source>
        <translation>{name} chứa NaN hoặc vô cực; chỉ xuất được mạng có trọng số hữu hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: cannot export to a {suffix!r} file; the suffix chooses the format, one of: {choices}</source>
        <translation>{path}: không thể xuất ra tệp {suffix!r}; phần mở rộng quyết định định dạng, chọn một trong: {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: cannot write the file ({reason}); nothing was changed</source>
        <translation>{path}: không ghi được tệp ({reason}); chưa có gì thay đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the feature map ({features}) applies to two-column inputs only; these data have {count} columns ({columns}): give no feature map</source>
        <translation>ánh xạ đặc trưng ({features}) chỉ áp dụng cho đầu vào hai cột; dữ liệu này có {count} cột ({columns}): đừng dùng ánh xạ đặc trưng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: line {line}: not UTF-8 text</source>
        <translation>{path}: dòng {line}: không phải văn bản UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is {size} bytes; {what} may be at most {limit} bytes</source>
        <translation>{path} có {size} byte; {what} chỉ được tối đa {limit} byte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: cannot read the file ({reason})</source>
        <translation>{path}: không đọc được tệp ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output {output!r} cannot be paired with loss {loss!r}; valid losses for {output!r}: {choices}</source>
        <translation>đầu ra {output!r} không đi cùng được với hàm mất mát {loss!r}; các hàm mất mát hợp lệ cho {output!r}: {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a data column is already called {column!r}, the name the label column is written under; rename that column</source>
        <translation>đã có một cột dữ liệu tên {column!r}, trùng với tên dùng để ghi cột nhãn; hãy đổi tên cột đó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} is {value}; at most {limit} is allowed</source>
        <translation>{what} là {value}; chỉ cho phép tối đa {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: cannot load weights from a {suffix!r} file; load one of: {choices}</source>
        <translation>{path}: không nạp được trọng số từ tệp {suffix!r}; hãy nạp một trong: {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} contains NaN or infinity (first at row {row}, column {column})</source>
        <translation>{name} chứa NaN hoặc vô cực (lần đầu ở dòng {row}, cột {column})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dataset {dataset!r} does not take classes = {classes!r}; only {choices} take a number of classes other than 2</source>
        <translation>tập dữ liệu {dataset!r} không nhận classes = {classes!r}; chỉ {choices} nhận số lớp nhãn khác 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a regular file ({kind}); give the path of a file</source>
        <translation>{path} không phải là một tệp thông thường ({kind}); hãy cho đường dẫn của một tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} must be {rule}, not {value!r}</source>
        <translation>{name} phải {rule}, không phải {value!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a readable NNSim project: {reason}</source>
        <translation>{path} không phải là dự án NNSim đọc được: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} holds an invalid project: {reason}</source>
        <translation>{path} chứa một dự án không hợp lệ: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a complete NNSim project: it has no {member}</source>
        <translation>{path} không phải là dự án NNSim đầy đủ: thiếu {member}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} was written by a newer NNSim (project format {version}; this one reads up to {supported}); update NNSim to open it</source>
        <translation>{path} được ghi bởi phiên bản NNSim mới hơn (định dạng dự án {version}; bản này chỉ đọc tới {supported}); hãy cập nhật NNSim để mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>went on from the last state shown (step {step}, epoch {epoch}); the optimizer&apos;s memory and this epoch&apos;s shuffling start afresh</source>
        <translation>tiếp tục từ trạng thái hiển thị gần nhất (bước {step}, epoch {epoch}); bộ nhớ của thuật toán tối ưu và thứ tự xáo trộn của epoch này bắt đầu lại từ đầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RMSprop now has its own β (training.rmsprop_beta, default 0.9); this file&apos;s training.beta2 = {value} was read as RMSprop&apos;s β</source>
        <translation>RMSprop nay có β riêng (training.rmsprop_beta, mặc định 0,9); giá trị training.beta2 = {value} của tệp này được đọc thành β của RMSprop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X has {x_rows} rows but Y has {y_rows}; each example needs one target</source>
        <translation>X có {x_rows} dòng nhưng Y có {y_rows}; mỗi mẫu cần một giá trị đích</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}softmax is an output activation only (its derivative is not element-wise); use one of: {choices}</source>
        <translation>{where}softmax chỉ dùng làm hàm kích hoạt đầu ra (đạo hàm của nó không tính theo từng phần tử); hãy dùng một trong: {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search space [{key}]: {rule}</source>
        <translation>không gian tìm kiếm [{key}]: {rule}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search space {name}: {reason}</source>
        <translation>không gian tìm kiếm {name}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search space {name}: no table; give one table per key to search, e.g. [training.learning_rate] with low, high and log = true</source>
        <translation>không gian tìm kiếm {name}: không có bảng nào; hãy cho mỗi khoá cần tìm một bảng, ví dụ [training.learning_rate] với low, high và log = true</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search space: unknown key {key!r}; any run config key can be searched: {choices}</source>
        <translation>không gian tìm kiếm: khoá {key!r} không tồn tại; có thể tìm trên mọi khoá của cấu hình chạy: {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search space [{key}]: the run does not use this key ({reason}), so searching it changes nothing; search it with an optimizer or schedule that uses it, or leave it out</source>
        <translation>không gian tìm kiếm [{key}]: lần chạy không dùng khoá này ({reason}), nên tìm trên nó không thay đổi gì; hãy tìm nó cùng một thuật toán tối ưu hoặc lịch giảm có dùng nó, hoặc bỏ nó ra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search space [{key}]: the value {value!r} does not fit the run config: {reason}</source>
        <translation>không gian tìm kiếm [{key}]: giá trị {value!r} không hợp với cấu hình chạy: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} examples with dev_fraction {dev} and test_fraction {test} leave no training example; lower the fractions</source>
        <translation>{n} mẫu với dev_fraction {dev} và test_fraction {test} thì không còn mẫu huấn luyện nào; hãy giảm các tỉ lệ này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discarded the part-done step (nothing had changed yet)</source>
        <translation>đã bỏ bước đang làm dở (chưa có gì thay đổi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the cost became {cost} at step {step}</source>
        <translation>chi phí trở thành {cost} ở bước {step}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept the parameters of the last good evaluation (cost {cost:.6g} at step {step})</source>
        <translation>giữ các tham số của lần đánh giá tốt gần nhất (chi phí {cost:.6g} ở bước {step})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>went back to the initial parameters (no evaluation had passed yet)</source>
        <translation>quay về các tham số ban đầu (chưa có lần đánh giá nào đạt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the training loss grew to {loss:.4g}, over {factor:g}× its first ({first:.4g}) and best ({best:.4g}) values, at {patience} evaluations in a row (step {step})</source>
        <translation>mất mát huấn luyện tăng lên {loss:.4g}, hơn {factor:g} lần giá trị đầu tiên ({first:.4g}) và tốt nhất ({best:.4g}) của nó, trong {patience} lần đánh giá liên tiếp (bước {step})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The learning rate {lr:g} is probably too high; try {rate:g}.</source>
        <translation>Tốc độ học {lr:g} có lẽ quá cao; hãy thử {rate:g}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dev loss has not improved for {patience} evaluations; restored the best weights, from step {step} (dev loss {loss:.4g})</source>
        <translation>mất mát trên tập dev không cải thiện sau {patience} lần đánh giá; đã khôi phục trọng số tốt nhất, từ bước {step} (mất mát trên tập dev {loss:.4g})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the training loss or a parameter became NaN or infinite at step {step}</source>
        <translation>mất mát huấn luyện hoặc một tham số trở thành NaN hay vô hạn ở bước {step}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back to the present (the checkpoint on show was left)</source>
        <translation>đã về hiện tại (rời điểm lưu đang xem)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot open the study storage {storage}: {reason}</source>
        <translation>không mở được nơi lưu nghiên cứu {storage}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hyperparameter search needs Optuna ({reason}); install it with: pip install &apos;nnsim[tune]&apos;</source>
        <translation>tìm kiếm siêu tham số cần Optuna ({reason}); cài bằng lệnh: pip install &apos;nnsim[tune]&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the run config has no dev set (data.dev_fraction = 0); trials are compared on the dev set, so set data.dev_fraction, e.g. to 0.2</source>
        <translation>cấu hình chạy không có tập dev (data.dev_fraction = 0); các lần thử được so sánh trên tập dev, nên hãy đặt data.dev_fraction, ví dụ 0.2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite does not take parallel writers; use --jobs 1, a journal file or PostgreSQL for {jobs} jobs</source>
        <translation>SQLite không cho nhiều tiến trình ghi song song; với {jobs} tiến trình hãy dùng --jobs 1, một tệp nhật ký hoặc PostgreSQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a database storage ({storage}) is not in this build of NNSim (the classroom bundle leaves the {module} driver out): use a journal file (the default), or NNSim installed with pip install &apos;nnsim[tune]&apos;</source>
        <translation>bản NNSim này không có kho lưu trữ cơ sở dữ liệu ({storage}) (gói dành cho lớp học bỏ trình điều khiển {module}): hãy dùng tệp nhật ký (mặc định), hoặc NNSim cài bằng pip install &apos;nnsim[tune]&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>study {study!r} in {storage} was started with another run config, search space, sampler, seed or objective; choose another --study, or leave it out</source>
        <translation>nghiên cứu {study!r} trong {storage} đã được bắt đầu với cấu hình chạy, không gian tìm kiếm, bộ lấy mẫu, seed ngẫu nhiên hoặc mục tiêu khác; hãy chọn --study khác, hoặc bỏ tuỳ chọn này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown key {key!r} in {section}; valid keys: {choices}</source>
        <translation>khoá {key!r} không có trong {section}; các khoá hợp lệ: {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}unknown {kind} {name!r}; choose one of: {choices}</source>
        <translation>{where}{kind} {name!r} không tồn tại; chọn một trong: {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not a valid NNSim weights file: {reason}</source>
        <translation>{path}: không phải tệp trọng số NNSim hợp lệ: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: weights format version {version} is newer than this NNSim reads (up to {supported}); update NNSim</source>
        <translation>{path}: định dạng trọng số phiên bản {version} mới hơn mức NNSim này đọc được (tới {supported}); hãy cập nhật NNSim</translation>
    </message>
</context>
<context>
    <name>EngineWorker</name>
    <message>
        <location filename="../../ui/engine/worker.py" line="+94"/>
        <source>The engine process stopped unexpectedly (exit code {code}).</source>
        <translation>Tiến trình tính toán dừng bất ngờ (mã thoát {code}).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Lost the connection to the engine process.</source>
        <translation>Mất kết nối với tiến trình tính toán.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="extracted_strings.py" line="+133"/>
        <source>Image File (PNG, TIF, JPG, ...)</source>
        <translation>Tệp ảnh (PNG, TIF, JPG, …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scalable Vector Graphics (SVG)</source>
        <translation>Đồ hoạ vectơ (SVG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV of original plot data</source>
        <translation>CSV dữ liệu gốc của đồ thị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <location filename="../../ui/text/numbers.py" line="+68"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../ui/views/figures.py" line="-242"/>
        <source>Epoch</source>
        <translation>Số epoch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Complete passes over the training set so far.</source>
        <translation>Số lượt đã đi hết tập huấn luyện cho đến giờ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Số bước</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mini-batch updates of the weights so far.</source>
        <translation>Số lần cập nhật trọng số theo lô nhỏ cho đến giờ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate α</source>
        <translation>Tốc độ học α</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The step size of each update now (it falls over time if a decay schedule is on).</source>
        <translation>Độ dài bước của mỗi lần cập nhật lúc này (giảm dần theo thời gian nếu bật lịch giảm tốc độ học).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps per second</source>
        <translation>Số bước mỗi giây</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How fast training runs now; shown while playing.</source>
        <translation>Tốc độ huấn luyện lúc này; hiển thị khi đang chạy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost J</source>
        <translation>Chi phí J</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The training objective: mean training loss plus the L1/L2 penalty; it should fall while training works.</source>
        <translation>Mục tiêu huấn luyện: mất mát huấn luyện trung bình cộng với số hạng phạt L1/L2; nó phải giảm khi huấn luyện có hiệu quả.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Train</source>
        <translation>Huấn luyện</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dev</source>
        <translation>Tập dev</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The examples the network learns from.</source>
        <translation>Các mẫu mà mạng học từ đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held-out examples for choosing hyperparameters and early stopping.</source>
        <translation>Các mẫu được giữ riêng để chọn siêu tham số và để dừng sớm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held-out examples that estimate how the network does on new data; a test loss far above the training loss means overfitting.</source>
        <translation>Các mẫu được giữ riêng để ước lượng mạng làm tốt đến đâu trên dữ liệu mới; mất mát kiểm tra cao hơn hẳn mất mát huấn luyện nghĩa là mạng đang quá khớp.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loss</source>
        <translation>Mất mát</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean loss on each split (no penalty, no dropout).</source>
        <translation>Mất mát trung bình trên từng tập (không có số hạng phạt, không dropout).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>Độ chính xác</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share of the split&apos;s examples classified right.</source>
        <translation>Tỉ lệ mẫu của tập được phân loại đúng.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Confusion matrix, test set</source>
        <translation>Ma trận nhầm lẫn, tập kiểm tra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows: the true class; columns: the class predicted. Counts off the diagonal are mistakes.</source>
        <translation>Hàng: lớp nhãn thực tế; cột: lớp nhãn dự đoán. Các số nằm ngoài đường chéo là dự đoán sai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows: true class · columns: predicted class</source>
        <translation>hàng: lớp nhãn thực tế · cột: lớp nhãn dự đoán</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../ui/window/files.py" line="+86"/>
        <source>&amp;New</source>
        <translation>&amp;Mới</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a new project with the default settings</source>
        <translation>Bắt đầu dự án mới với thiết lập mặc định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a saved project</source>
        <translation>Mở một dự án đã lưu</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+21"/>
        <source>Open &amp;Recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+204"/>
        <source>Save the project</source>
        <translation>Lưu dự án</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>Save &amp;As…</source>
        <translation>Lưu &amp;thành…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the project under a new name</source>
        <translation>Lưu dự án với tên mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Nhập CSV…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train on the rows of a CSV file</source>
        <translation>Huấn luyện trên các dòng của một tệp CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;data as CSV…</source>
        <translation>Xuất &amp;dữ liệu ra CSV…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the data set to a CSV file</source>
        <translation>Ghi tập dữ liệu ra tệp CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;weights…</source>
        <translation>Xuất t&amp;rọng số…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the trained weights for other tools: NumPy, JSON, ONNX or a standalone Python script</source>
        <translation>Ghi trọng số đã huấn luyện cho công cụ khác: NumPy, JSON, ONNX hoặc một tệp Python độc lập</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+20"/>
        <source>Export &amp;picture</source>
        <translation>Xuất &amp;hình ảnh</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Network…</source>
        <translation>Mạng…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision boundary…</source>
        <translation>Biên quyết định…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole window…</source>
        <translation>Toàn bộ cửa sổ…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close NNSim</source>
        <translation>Đóng NNSim</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No recent files</source>
        <translation>Chưa có tệp gần đây</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the list</source>
        <translation>Xoá danh sách</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The project has changes that are not saved. Save them first?</source>
        <translation>Dự án có thay đổi chưa được lưu. Lưu lại trước chứ?</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>You changed the lesson&apos;s network or settings. Keep your changes as a project?</source>
        <translation>Bạn đã thay đổi mạng hoặc thiết lập của bài học. Giữ các thay đổi này thành một dự án?</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Open a project</source>
        <translation>Mở dự án</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NNSim projects (*.nnsim);;All files (*)</source>
        <translation>Dự án NNSim (*.nnsim);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The engine process had stopped: restarted from the last state shown, to save it.</source>
        <translation>Tiến trình engine đã dừng: đã khởi động lại từ trạng thái cuối cùng được hiển thị để lưu nó.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The engine process stopped before saving: nothing was saved.</source>
        <translation>Tiến trình engine đã dừng trước khi lưu: chưa lưu gì cả.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NNSim projects (*.nnsim)</source>
        <translation>Dự án NNSim (*.nnsim)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import a CSV file</source>
        <translation>Nhập một tệp CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Tệp CSV (*.csv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not import {file}</source>
        <translation>Không nhập được {file}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the data</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NumPy arrays (*.npz)</source>
        <translation>Mảng NumPy (*.npz)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ONNX (*.onnx)</source>
        <translation>ONNX (*.onnx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standalone NumPy script (*.py)</source>
        <translation>Tệp lệnh NumPy độc lập (*.py)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the weights</source>
        <translation>Xuất trọng số</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export a picture</source>
        <translation>Xuất hình ảnh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not write {file}</source>
        <translation>Không ghi được {file}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved the picture to {path}</source>
        <translation>Đã lưu hình vào {path}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not open {file}</source>
        <translation>Không mở được {file}</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+17"/>
        <location line="+87"/>
        <source>Could not save {file}</source>
        <translation>Không lưu được {file}</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>The engine process stopped before it showed any state: nothing was saved. Restart the engine (Training menu) and save again.</source>
        <translation>Tiến trình engine đã dừng trước khi hiển thị trạng thái nào: chưa lưu gì cả. Hãy khởi động lại engine (menu Huấn luyện) rồi lưu lại.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Could not export to {file}</source>
        <translation>Không xuất được ra {file}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{message}

The current project is unchanged.</source>
        <translation>{message}

Dự án hiện tại vẫn giữ nguyên.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opened {path}</source>
        <translation>Đã mở {path}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved {path}</source>
        <translation>Đã lưu {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported {path}</source>
        <translation>Đã xuất {path}</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="extracted_strings.py" line="-16"/>
        <source>Link Axis:</source>
        <translation>Liên kết trục:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>Thủ công</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invert Axis</source>
        <translation>Đảo trục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mouse Enabled</source>
        <translation>Dùng chuột</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visible Data Only</source>
        <translation>Chỉ dữ liệu đang thấy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto Pan Only</source>
        <translation>Chỉ tự dời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item to export:</source>
        <translation>Phần cần xuất:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export format</source>
        <translation>Định dạng xuất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export options</source>
        <translation>Tuỳ chọn xuất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../../ui/text/glossary.py" line="+111"/>
        <source>Glossary</source>
        <extracomment>(English, Vietnamese, meaning in English, meaning in Vietnamese)</extracomment>
        <translation>Thuật ngữ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search in English or Vietnamese…</source>
        <translation>Tìm bằng tiếng Anh hoặc tiếng Việt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meaning</source>
        <translation>Ý nghĩa</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n thuật ngữ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradCheckPanel</name>
    <message>
        <location filename="../../ui/lessons/gradcheck_panel.py" line="+29"/>
        <source>correct</source>
        <translation>đúng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suspicious</source>
        <translation>đáng ngờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong</source>
        <translation>sai</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Below 2e-7: backpropagation and the numerical slope agree; the gradient is right.</source>
        <translation>Dưới 2e-7: lan truyền ngược và độ dốc tính bằng số khớp nhau; gradient đúng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Between 2e-7 and 1e-5: probably right, but look at the layer with the largest difference before trusting it.</source>
        <translation>Từ 2e-7 đến 1e-5: có lẽ đúng, nhưng hãy xem lớp có sai khác lớn nhất trước khi tin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Above 1e-5: backpropagation computes something else than the slope of the cost; look for the bug in the layer marked wrong.</source>
        <translation>Trên 1e-5: lan truyền ngược đang tính một thứ khác với độ dốc của chi phí; hãy tìm lỗi ở lớp được đánh dấu sai.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;What to watch:&lt;/b&gt; the check nudges every weight by ε = 1e-7 both ways, measures how the cost changes, and compares that slope with what backpropagation computed. Dropout is off during the check (its random masks would change the cost between the two nudges).</source>
        <translation>&lt;b&gt;Điều cần quan sát:&lt;/b&gt; phép kiểm tra nhích từng trọng số đi ε = 1e-7 về cả hai phía, đo xem chi phí thay đổi thế nào, rồi so độ dốc đó với kết quả lan truyền ngược. Dropout được tắt trong lúc kiểm tra (mặt nạ ngẫu nhiên của nó sẽ làm chi phí thay đổi giữa hai lần nhích).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;First in one dimension:&lt;/b&gt; J(θ) = θ·x, so dJ/dθ = x.  θ =</source>
        <translation>&lt;b&gt;Trước hết trong một chiều:&lt;/b&gt; J(θ) = θ·x, nên dJ/dθ = x.  θ =</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run gradient check</source>
        <translation>Chạy kiểm tra gradient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the gradient of the current network on up to 32 training examples</source>
        <translation>Kiểm tra gradient của mạng hiện tại trên tối đa 32 mẫu huấn luyện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break backprop: multiply layer</source>
        <translation>Làm hỏng lan truyền ngược: nhân gradient của lớp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pretend backpropagation has a bug in one layer, to see the check catch it</source>
        <translation>Giả vờ lan truyền ngược có lỗi ở một lớp, để xem phép kiểm tra phát hiện ra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;s gradient by</source>
        <translation>với</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(only in the gradient-checking lesson)</source>
        <translation>(chỉ trong bài kiểm tra gradient)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not run yet.</source>
        <translation>Chưa chạy.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Layer</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relative difference</source>
        <translation>Sai khác tương đối</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>J(θ + ε) = {jp}, J(θ − ε) = {jm}; the measured slope (J(θ + ε) − J(θ − ε)) / 2ε = {slope} against backpropagation&apos;s dJ/dθ = x = {d}: relative difference &lt;b&gt;{diff}&lt;/b&gt; — &lt;b style=&apos;color:{c}&apos;&gt;{verdict}&lt;/b&gt;. Now the same for every weight of the network:</source>
        <translation>J(θ + ε) = {jp}, J(θ − ε) = {jm}; độ dốc đo được (J(θ + ε) − J(θ − ε)) / 2ε = {slope} so với dJ/dθ = x = {d} của lan truyền ngược: sai khác tương đối &lt;b&gt;{diff}&lt;/b&gt; — &lt;b style=&apos;color:{c}&apos;&gt;{verdict}&lt;/b&gt;. Giờ làm điều tương tự cho mọi trọng số của mạng:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Overall relative difference on {n} examples: &lt;b&gt;{d}&lt;/b&gt; — &lt;b style=&apos;color:{c}&apos;&gt;{verdict}&lt;/b&gt;</source>
        <translation>Sai khác tương đối chung trên {n} mẫu: &lt;b&gt;{d}&lt;/b&gt; — &lt;b style=&apos;color:{c}&apos;&gt;{verdict}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With layer {k}&apos;s gradient × {f}, overall relative difference on {n} examples: &lt;b&gt;{d}&lt;/b&gt; — &lt;b style=&apos;color:{c}&apos;&gt;{verdict}&lt;/b&gt;</source>
        <translation>Khi gradient của lớp {k} × {f}, sai khác tương đối chung trên {n} mẫu: &lt;b&gt;{d}&lt;/b&gt; — &lt;b style=&apos;color:{c}&apos;&gt;{verdict}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A kink was crossed in layer(s) {layers}: a ReLU input moved across 0 while nudging, where the slope jumps, so a large difference there is not a bug.</source>
        <translation>Ở (các) lớp {layers} có điểm gãy bị vượt qua: một đầu vào ReLU đi qua 0 khi nhích, nơi độ dốc nhảy vọt, nên sai khác lớn ở đó không phải là lỗi.</translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <location filename="extracted_strings.py" line="-13"/>
        <source>Export...</source>
        <translation>Xuất…</translation>
    </message>
</context>
<context>
    <name>LabelColumnDialog</name>
    <message>
        <location filename="../../ui/window/files.py" line="-339"/>
        <source>Import CSV</source>
        <extracomment>Export weights: the formats&apos; suffixes, in the file dialog&apos;s order.</extracomment>
        <translation>Nhập CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has {count} columns. Which one is the label the network should predict? The others become its inputs.</source>
        <translation>{file} có {count} cột. Cột nào là nhãn mà mạng cần dự đoán? Các cột còn lại sẽ là đầu vào.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The column to predict: class names or numbers.</source>
        <translation>Cột cần dự đoán: tên lớp nhãn hoặc số.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label column</source>
        <translation>Cột nhãn</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <location filename="../../ui/lessons/panel.py" line="+85"/>
        <source>No lesson open</source>
        <translation>Chưa mở bài học nào</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a lesson from the Lessons menu.</source>
        <translation>Hãy chọn một bài trong menu Bài học.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The idea</source>
        <translation>Ý tưởng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Do it</source>
        <translation>Làm giúp tôi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make this step&apos;s change for me (Undo takes it back)</source>
        <translation>Thực hiện thay đổi của bước này giúp tôi (Hoàn tác để lấy lại)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do this step for me</source>
        <translation>Thực hiện bước này giúp tôi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What to watch</source>
        <translation>Điều cần quan sát</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Think about it</source>
        <translation>Suy nghĩ thêm</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not done yet</source>
        <translation>Chưa xong</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Goal:&lt;/b&gt; {goal}&lt;br&gt;&lt;b style=&apos;color:#1a7f37&apos;&gt;Goal reached ✓&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mục tiêu:&lt;/b&gt; {goal}&lt;br&gt;&lt;b style=&apos;color:#1a7f37&apos;&gt;Đã đạt mục tiêu ✓&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Goal:&lt;/b&gt; {goal}&lt;br&gt;&lt;span style=&apos;color:#777&apos;&gt;not reached yet&lt;/span&gt;</source>
        <translation>&lt;b&gt;Mục tiêu:&lt;/b&gt; {goal}&lt;br&gt;&lt;span style=&apos;color:#777&apos;&gt;chưa đạt&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <location filename="../../ui/lessons/menu.py" line="+105"/>
        <source>Activation explorer</source>
        <translation>Khám phá hàm kích hoạt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signal and gradient by depth</source>
        <translation>Tín hiệu và gradient theo độ sâu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient check</source>
        <translation>Kiểm tra gradient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optimizer paths</source>
        <translation>Đường đi của thuật toán tối ưu</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+78"/>
        <source>Lesson</source>
        <translation>Bài học</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+57"/>
        <source>&amp;Lessons</source>
        <extracomment>The contexts of each instrument panel&apos;s words.</extracomment>
        <translation>Bài &amp;học</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+48"/>
        <source>Free play</source>
        <translation>Chơi tự do</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+47"/>
        <source>Leave the lesson and keep playing with this network, in your own layout</source>
        <translation>Rời bài học và tiếp tục thử với mạng này, trong bố cục của riêng bạn</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+42"/>
        <source>&amp;Instruments</source>
        <translation>&amp;Công cụ đo</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+40"/>
        <source>Mark identical units</source>
        <translation>Đánh dấu các đơn vị giống hệt nhau</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+38"/>
        <source>Frame hidden units whose incoming weights are exact copies of each other (the symmetry problem of zero initialization)</source>
        <translation>Đóng khung các đơn vị ẩn có trọng số đầu vào giống hệt nhau (vấn đề đối xứng khi khởi tạo bằng 0)</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>One neuron</source>
        <translation>Một nơ-ron</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weighted averages</source>
        <translation>Trung bình có trọng số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Z by layer</source>
        <translation>Z theo lớp</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Lesson step {n}</source>
        <translation>Bước {n} của bài học</translation>
    </message>
    <message>
        <location filename="extracted_strings.py" line="-476"/>
        <source>Activation functions</source>
        <translation>Hàm kích hoạt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each unit computes z = w·a + b and then applies an activation g(z). Sigmoid squashes z into (0, 1), tanh into (−1, 1), ReLU keeps positive z and zeroes the rest. Learning runs on the derivative g′(z): where g′ is almost 0 the unit passes almost no gradient back. Sigmoid&apos;s derivative is at most ¼ and its outputs are all positive; tanh&apos;s derivative reaches 1 and its outputs are centred on 0, which is why hidden layers learn faster with tanh. ReLU&apos;s derivative is 1 for z &gt; 0 and 0 for z &lt; 0: a unit whose z is negative on every example is dead (the explorer counts them) and never learns again; more hidden units leave enough of them alive.</source>
        <oldsource>Each unit computes z = w·a + b and then applies an activation g(z). Sigmoid squashes z into (0, 1), tanh into (−1, 1), ReLU keeps positive z and zeroes the rest. Learning runs on the derivative g′(z): where g′ is almost 0 the unit passes almost no gradient back. Sigmoid&apos;s derivative is at most ¼ and its outputs are all positive; tanh&apos;s derivative reaches 1 and its outputs are centred on 0, which is why hidden layers learn faster with tanh.</oldsource>
        <translation>Mỗi đơn vị tính z = w·a + b rồi áp dụng hàm kích hoạt g(z). Sigmoid nén z vào (0, 1), tanh vào (−1, 1), ReLU giữ z dương và đặt phần còn lại bằng 0. Việc học dựa vào đạo hàm g′(z): ở chỗ g′ gần bằng 0, đơn vị hầu như không truyền gradient ngược lại. Đạo hàm của sigmoid không quá ¼ và đầu ra của nó luôn dương; đạo hàm của tanh đạt tới 1 và đầu ra của nó có tâm tại 0, vì thế các lớp ẩn học nhanh hơn với tanh. Đạo hàm của ReLU bằng 1 khi z &gt; 0 và bằng 0 khi z &lt; 0: một đơn vị có z âm trên mọi mẫu là đơn vị chết (công cụ khám phá đếm chúng) và không bao giờ học lại được; tăng số đơn vị ẩn giúp giữ đủ đơn vị còn sống.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With tanh the circle is learnt within the 300 epochs (train accuracy above 95%); with sigmoid, in the same 300 epochs, the train accuracy stays below 75%. The explorer&apos;s mean g′(z) per layer at the start: above 0.6 with tanh, at most 0.25 with sigmoid.</source>
        <oldsource>With tanh the circle is learnt within the 300 epochs (train accuracy above 95%); with sigmoid, in the same 300 epochs, the train accuracy stays below 75%.</oldsource>
        <translation>Với tanh, mạng học được hình tròn trong 300 epoch (độ chính xác huấn luyện trên 95%); với sigmoid, trong cùng 300 epoch, độ chính xác huấn luyện vẫn dưới 75%. g′(z) trung bình của từng lớp trong công cụ khám phá lúc bắt đầu: trên 0,6 với tanh, không quá 0,25 với sigmoid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is the derivative of sigmoid never larger than ¼, and what does that do to a long chain of layers?</source>
        <oldsource>The grey bars of z against the shaded bands where |g′(z)| &lt; 0.05, and the share of saturated or dead units per layer.</oldsource>
        <translation>Vì sao đạo hàm của sigmoid không bao giờ lớn hơn ¼, và điều đó ảnh hưởng thế nào đến một chuỗi dài các lớp?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why non-linear activations</source>
        <translation>Vì sao cần hàm kích hoạt phi tuyến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With linear activations, a stack of layers is still one linear function of the input: W⁽²⁾(W⁽¹⁾x + b⁽¹⁾) + b⁽²⁾ is just W′x + b′. However deep, the network can only draw a straight boundary. A non-linear g between the layers is what lets it bend.</source>
        <oldsource>With linear activations, a stack of layers is still one linear function of the input: W²(W¹x + b¹) + b² is just W′x + b′. However deep, the network can only draw a straight boundary. A non-linear g between the layers is what lets it bend.</oldsource>
        <translation>Với hàm kích hoạt tuyến tính, chồng nhiều lớp lên nhau vẫn chỉ là một hàm tuyến tính của đầu vào: W⁽²⁾(W⁽¹⁾x + b⁽¹⁾) + b⁽²⁾ cũng chỉ là W′x + b′. Dù sâu đến đâu, mạng cũng chỉ vẽ được một biên thẳng. Chính hàm g phi tuyến giữa các lớp mới giúp biên cong được.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which single layer of a network may sensibly stay linear, and why?</source>
        <translation>Lớp nào của mạng có thể để tuyến tính mà vẫn hợp lý, và vì sao?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logistic regression, then a small network</source>
        <translation>Hồi quy logistic, rồi một mạng nhỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logistic regression is a network with no hidden layer: ŷ = σ(w·x + b). It can only draw one straight boundary, so on the flower data it stays near 50% accuracy whatever you do. One hidden layer of a few tanh units is enough to learn the petals.</source>
        <translation>Hồi quy logistic là một mạng không có lớp ẩn: ŷ = σ(w·x + b). Nó chỉ vẽ được một biên thẳng, nên với dữ liệu hình bông hoa, độ chính xác cứ quanh quẩn 50% dù bạn làm gì. Chỉ cần một lớp ẩn gồm vài đơn vị tanh là đủ để học được các cánh hoa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why does a better optimizer or more epochs not help logistic regression here?</source>
        <translation>Vì sao ở đây dùng thuật toán tối ưu tốt hơn hay thêm epoch cũng không giúp được hồi quy logistic?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward and backward propagation</source>
        <translation>Lan truyền tiến và lan truyền ngược</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One training step has three parts. Forward: each layer l computes Z⁽ˡ⁾ = W⁽ˡ⁾·A⁽ˡ⁻¹⁾ + b⁽ˡ⁾ and A⁽ˡ⁾ = g(Z⁽ˡ⁾), up to the prediction A⁽ᴸ⁾. Backward: from dZ⁽ᴸ⁾ = A⁽ᴸ⁾ − Y at the output, each layer below computes dZ⁽ˡ⁾ = dA⁽ˡ⁾ ⊙ g′(Z⁽ˡ⁾), then dW⁽ˡ⁾ = (1/m)·dZ⁽ˡ⁾·A⁽ˡ⁻¹⁾ᵀ and db⁽ˡ⁾ = (1/m)·Σ dZ⁽ˡ⁾ (summed over the m examples), and passes dA⁽ˡ⁻¹⁾ = W⁽ˡ⁾ᵀ·dZ⁽ˡ⁾ to the layer before. Update: W⁽ˡ⁾ := W⁽ˡ⁾ − α·dW⁽ˡ⁾ and b⁽ˡ⁾ := b⁽ˡ⁾ − α·db⁽ˡ⁾.</source>
        <oldsource>One training step has three parts. Forward: each layer computes Z = W·A + b and A = g(Z), up to the prediction. Backward: from dZ = A − Y at the output, each layer passes dA = Wᵀ·dZ back and computes dW = (1/m)·dZ·Aᵀ and db. Update: W := W − α·dW.</oldsource>
        <translation>Một bước huấn luyện gồm ba phần. Lan truyền tiến: mỗi lớp l tính Z⁽ˡ⁾ = W⁽ˡ⁾·A⁽ˡ⁻¹⁾ + b⁽ˡ⁾ và A⁽ˡ⁾ = g(Z⁽ˡ⁾), cho đến dự đoán A⁽ᴸ⁾. Lan truyền ngược: bắt đầu từ dZ⁽ᴸ⁾ = A⁽ᴸ⁾ − Y ở đầu ra, mỗi lớp bên dưới tính dZ⁽ˡ⁾ = dA⁽ˡ⁾ ⊙ g′(Z⁽ˡ⁾), rồi dW⁽ˡ⁾ = (1/m)·dZ⁽ˡ⁾·A⁽ˡ⁻¹⁾ᵀ và db⁽ˡ⁾ = (1/m)·Σ dZ⁽ˡ⁾ (lấy tổng trên m mẫu), và truyền dA⁽ˡ⁻¹⁾ = W⁽ˡ⁾ᵀ·dZ⁽ˡ⁾ về lớp trước. Cập nhật: W⁽ˡ⁾ := W⁽ˡ⁾ − α·dW⁽ˡ⁾ và b⁽ˡ⁾ := b⁽ˡ⁾ − α·db⁽ˡ⁾.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Under zeros, every unit of a layer listed as a copy and the accuracy stuck near 50%; under He, no copies and the circle learnt.</source>
        <translation>Khi khởi tạo bằng 0, mọi đơn vị của một lớp đều bị liệt kê là bản sao và độ chính xác dừng quanh 50%; với He thì không có bản sao nào và mạng học được hình tròn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Random weights break the symmetry, but their size matters. Weights × 10 make z huge: ReLU outputs explode (sigmoid and tanh units would saturate), and the first cost is enormous. Weights × 0.01 make the signal shrink layer after layer instead, and a network started so small barely learns.</source>
        <translation>Trọng số ngẫu nhiên phá được tính đối xứng, nhưng độ lớn của chúng cũng quan trọng. Nhân trọng số với 10 làm z rất lớn: đầu ra ReLU bùng nổ (các đơn vị sigmoid và tanh sẽ bị bão hoà), và chi phí ban đầu cực lớn. Ngược lại, nhân với 0,01 làm tín hiệu yếu dần qua từng lớp, và một mạng bắt đầu nhỏ như vậy hầu như không học được.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first cost: more than ten times He&apos;s with weights × 10. With weights × 0.01, std(A) shrinks at least tenfold from one layer to the next and the accuracy stays near 50%.</source>
        <translation>Chi phí ban đầu: lớn hơn mười lần của He khi trọng số × 10. Với trọng số × 0,01, std(A) giảm ít nhất mười lần từ lớp này sang lớp sau và độ chính xác vẫn quanh 50%.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why does He use 2/n where LeCun uses 1/n? Think about what ReLU does to half of its inputs.</source>
        <translation>Vì sao He dùng 2/n còn LeCun dùng 1/n? Hãy nghĩ xem ReLU làm gì với một nửa đầu vào của nó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bias and variance</source>
        <translation>Độ chệch và phương sai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the train error with the best error possible on the data (the base error), and the dev error with the train error. A large first gap is high bias: the network underfits, and a bigger network or longer training helps. A large second gap is high variance: the network fits its training set but not new data, and more data or regularization helps. The Figures panel names the diagnosis; a gap counts as large above 3 points.</source>
        <translation>So sánh sai số huấn luyện với sai số tốt nhất có thể trên dữ liệu (sai số cơ sở), và sai số trên tập dev với sai số huấn luyện. Khoảng cách thứ nhất lớn là độ chệch cao: mạng học chưa đủ (underfit), và một mạng lớn hơn hoặc huấn luyện lâu hơn sẽ giúp. Khoảng cách thứ hai lớn là phương sai cao: mạng khớp tập huấn luyện nhưng không khớp dữ liệu mới, và thêm dữ liệu hoặc điều chuẩn sẽ giúp. Bảng Số liệu gọi tên chẩn đoán; một khoảng cách được coi là lớn khi vượt quá 3 điểm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The train and dev errors at the end of each run. One unit: train error above 20%, high bias. Twenty units on 200 points: train error below 5% but dev error more than 10 points above it, high variance. Twenty units on 2000 points: both errors below 10% and within 3 points of each other, low bias and low variance.</source>
        <translation>Sai số huấn luyện và sai số trên tập dev ở cuối mỗi lần chạy. Một đơn vị: sai số huấn luyện trên 20%, độ chệch cao. Hai mươi đơn vị trên 200 điểm: sai số huấn luyện dưới 5% nhưng sai số trên tập dev cao hơn nó quá 10 điểm, phương sai cao. Hai mươi đơn vị trên 2000 điểm: cả hai sai số dưới 10% và chênh nhau không quá 3 điểm, độ chệch thấp và phương sai thấp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why does the course fix high bias before high variance?</source>
        <translation>Vì sao khoá học sửa độ chệch cao trước phương sai cao?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End a run with low bias and low variance (base error {base})</source>
        <translation>Kết thúc một lần chạy với độ chệch thấp và phương sai thấp (sai số cơ sở {base})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The gap between the train and dev cost at the end of the run: without regularization about 1.22; with L2 0.7 or keep probability 0.7, less than a third of that.</source>
        <translation>Khoảng cách giữa chi phí huấn luyện và chi phí trên tập dev ở cuối lần chạy: không điều chuẩn thì khoảng 1,22; với L2 0,7 hoặc xác suất giữ lại 0,7 thì nhỏ hơn một phần ba số đó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With L2 or dropout, end the run with the dev cost less than {gap} above the train cost (a third of the unregularized {plain}) and dev accuracy at least {floor}</source>
        <translation>Với L2 hoặc dropout, kết thúc lần chạy với chi phí trên tập dev cao hơn chi phí huấn luyện chưa tới {gap} (một phần ba của {plain} khi không điều chuẩn) và độ chính xác trên tập dev ít nhất {floor}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When features have very different scales (x and x²), the cost is a long narrow valley in weight space: gradient descent zig-zags and needs a small learning rate. Subtracting the mean and dividing by the standard deviation of each column the network sees rounds the valley out.</source>
        <translation>Khi các đặc trưng có thang đo rất khác nhau (x và x²), hàm chi phí là một thung lũng dài và hẹp trong không gian trọng số: hạ gradient đi zích zắc và cần tốc độ học nhỏ. Trừ đi trung bình và chia cho độ lệch chuẩn của từng cột mà mạng nhìn thấy sẽ làm thung lũng tròn lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contours: a narrow valley, then round. The train cost after the 1000 epochs: above 0.05 raw, below 0.03 standardised.</source>
        <translation>Các đường đồng mức: một thung lũng hẹp, rồi tròn lại. Chi phí huấn luyện sau 1000 epoch: trên 0,05 khi để nguyên, dưới 0,03 khi đã chuẩn hoá.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn standardisation on and bring the train cost below {cost}</source>
        <translation>Bật chuẩn hoá và đưa chi phí huấn luyện xuống dưới {cost}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many steps an epoch of the 150 training examples takes: 5 with batches of 32, 150 with batches of 1, one with all the data; and the grey per-batch cost, noisy with small batches and smooth with all the data.</source>
        <translation>Một epoch trên 150 mẫu huấn luyện gồm bao nhiêu bước: 5 với lô 32, 150 với lô 1, một bước với toàn bộ dữ liệu; và đường chi phí màu xám theo từng lô, nhiễu khi lô nhỏ và trơn khi dùng toàn bộ dữ liệu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exponentially weighted averages</source>
        <translation>Trung bình có trọng số mũ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Momentum, RMSprop and Adam keep running averages of the gradients: v = β·v + (1 − β)·θ, updated with each new value θ. Such an average covers about the last 1/(1 − β) values. Starting from v = 0 it begins too low, so Adam divides by 1 − βᵗ: the bias correction.</source>
        <translation>Momentum, RMSprop và Adam giữ các trung bình động của gradient: v = β·v + (1 − β)·θ, cập nhật với mỗi giá trị mới θ. Một trung bình như vậy bao quát khoảng 1/(1 − β) giá trị gần nhất. Bắt đầu từ v = 0 nên lúc đầu nó quá thấp, vì thế Adam chia cho 1 − βᵗ: đó là hiệu chỉnh độ chệch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>β = 0.98 averages about the last 50 values: its curve changes day to day more than 5 times less than β = 0.5&apos;s, and lags behind. Without bias correction it starts at 0.02·θ₁; with it, at θ₁.</source>
        <translation>β = 0,98 lấy trung bình khoảng 50 giá trị gần nhất: đường của nó thay đổi từ ngày này sang ngày khác ít hơn năm lần so với β = 0,5, và bị trễ. Không hiệu chỉnh độ chệch, nó bắt đầu ở 0,02·θ₁; có hiệu chỉnh, ở θ₁.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which β would you pick to smooth a noisy mini-batch cost, and what does it cost you?</source>
        <translation>Bạn sẽ chọn β nào để làm mượt chi phí lô nhỏ bị nhiễu, và cái giá phải trả là gì?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The zig-zag of gradient descent, the overshoot of momentum, the direct route of Adam; and at the end of the run, Adam&apos;s train cost at most 0.8 times gradient descent&apos;s.</source>
        <oldsource>The zig-zag of gradient descent, the overshoot of momentum, the direct route of Adam; and at the end of the run, Adam&apos;s train cost at most 0.6 times gradient descent&apos;s.</oldsource>
        <translation>Đường zích zắc của hạ gradient, cú vượt quá của momentum, lối đi thẳng của Adam; và ở cuối lần chạy, chi phí huấn luyện của Adam không quá 0,8 lần của hạ gradient.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The steps of the schedule: α₀, then α₀/2 at epoch 1000, α₀/3 at 2000, α₀/4 at 3000; with exponential decay at rate 0.5, α halves every 1000 epochs (α₀/4 at 2000).</source>
        <oldsource>The steps of the schedule: α₀, then α₀/2 at epoch 1000, α₀/3 at 2000, α₀/4 at 3000.</oldsource>
        <translation>Các bậc của lịch giảm: α₀, rồi α₀/2 ở epoch 1000, α₀/3 ở 2000, α₀/4 ở 3000; với giảm theo hàm mũ hệ số suy giảm 0,5, α giảm một nửa sau mỗi 1000 epoch (α₀/4 ở 2000).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Which classes are confused with which, and where on the spiral; the test accuracy ends above 80%.</source>
        <translation>Những lớp nhãn nào bị nhầm với nhau, và ở chỗ nào trên đường xoắn ốc; độ chính xác kiểm tra cuối cùng trên 80%.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find a learning rate that reaches {percent} dev accuracy</source>
        <translation>Tìm một tốc độ học đạt độ chính xác trên tập dev {percent}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch normalization</source>
        <translation>Chuẩn hoá theo lô</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch normalization normalises each hidden layer&apos;s Z over the mini-batch: Z_norm = (Z − μ)/√(σ² + ε), then Z̃ = γ⊙Z_norm + β with γ and β learnt (β replaces b). Each layer then sees inputs of a steady spread however the layers below change, so a deep network trains with a poor initialization. At test time the running averages of μ and σ² (rate ρ) take the batch&apos;s place.</source>
        <translation>Chuẩn hoá theo lô chuẩn hoá Z của mỗi lớp ẩn trên lô nhỏ: Z_norm = (Z − μ)/√(σ² + ε), rồi Z̃ = γ⊙Z_norm + β với γ và β được học (β thay cho b). Nhờ đó mỗi lớp nhận đầu vào có độ phân tán ổn định dù các lớp bên dưới thay đổi thế nào, nên một mạng sâu vẫn học được với cách khởi tạo kém. Khi kiểm tra, các trung bình trượt của μ và σ² (hệ số ρ) được dùng thay cho số liệu của lô.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why does a layer with batch normalization not need its bias b?</source>
        <translation>Vì sao một lớp có chuẩn hoá theo lô không cần độ lệch b?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train the deep network with batch normalization to {percent} test accuracy</source>
        <translation>Huấn luyện mạng sâu có chuẩn hoá theo lô đến độ chính xác kiểm tra {percent}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From toy data to handwritten digits</source>
        <translation>Từ dữ liệu minh hoạ đến chữ số viết tay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network ideas of the toy sets carry over to real data unchanged. Here the data are 1,797 handwritten digits, each an 8×8 image: its 64 pixels are the inputs and the ten digits are the classes, so the output layer is a softmax of 10 units. The canvas draws the input layer as the digit shown, and each unit of the first hidden layer as the image of its 64 incoming weights: orange where ink raises the unit&apos;s z, blue where ink lowers it, the pattern the unit looks for. With 64 inputs there is no boundary to draw over two columns, so the Decision boundary panel shows the test digits on their first two principal components instead, coloured by class, with a cross for each digit the network gets wrong.</source>
        <translation>Những ý tưởng về mạng trên các tập dữ liệu minh hoạ áp dụng nguyên vẹn cho dữ liệu thật. Ở đây dữ liệu là 1.797 chữ số viết tay, mỗi chữ số là một ảnh 8×8: 64 điểm ảnh của nó là các đầu vào và mười chữ số là các lớp nhãn, nên lớp đầu ra là một softmax gồm 10 đơn vị. Hình vẽ mạng vẽ lớp đầu vào thành chữ số đang hiển thị, và mỗi đơn vị của lớp ẩn thứ nhất thành ảnh của 64 trọng số đi vào nó: màu cam ở chỗ mực làm tăng z của đơn vị, màu xanh ở chỗ mực làm giảm z, tức là mẫu hình mà đơn vị tìm kiếm. Với 64 đầu vào thì không có biên nào để vẽ trên hai cột, nên bảng Biên quyết định thay vào đó hiển thị các chữ số kiểm tra trên hai thành phần chính đầu tiên, tô màu theo lớp nhãn, với một dấu × cho mỗi chữ số mà mạng đoán sai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With 2 units the test accuracy stays below 70% and more than 150 of the 539 test digits are crosses; click one: its probabilities name the digits it is confused with. With 32 units the test accuracy ends above 95%, with fewer than 30 crosses. The weight images are not pictures of digits: each is a patchwork of orange and blue that several digits match in part, and the output layer weighs the 32 together. The few pixels blank in every training image (the top-left corner and some on the left and right edges) keep their random starting weights to the end: an input that is always 0 gets dW⁽¹⁾ = (1/m)·dZ⁽¹⁾·A⁽⁰⁾ᵀ = 0.</source>
        <translation>Với 2 đơn vị, độ chính xác kiểm tra ở dưới 70% và hơn 150 trong số 539 chữ số kiểm tra là dấu ×; nhấp vào một dấu ×: các xác suất của nó cho biết nó bị nhầm với những chữ số nào. Với 32 đơn vị, độ chính xác kiểm tra kết thúc ở trên 95%, với ít hơn 30 dấu ×. Các ảnh trọng số không phải là hình các chữ số: mỗi ảnh là một mảng chắp vá cam và xanh mà vài chữ số khớp được một phần, và lớp đầu ra cân nhắc cả 32 ảnh cùng nhau. Vài điểm ảnh trống trong mọi ảnh huấn luyện (góc trên bên trái và vài điểm ở mép trái và mép phải) giữ nguyên trọng số ngẫu nhiên ban đầu đến cuối: một đầu vào luôn bằng 0 nhận dW⁽¹⁾ = (1/m)·dZ⁽¹⁾·A⁽⁰⁾ᵀ = 0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without any hidden layer (logistic regression: the 64 pixels straight into the softmax) the digits still reach about 96% test accuracy, where on the flower it stayed near 50%. What do 64 inputs change?</source>
        <translation>Không có lớp ẩn nào (hồi quy logistic: 64 điểm ảnh đi thẳng vào softmax), các chữ số vẫn đạt độ chính xác kiểm tra khoảng 96%, trong khi với bông hoa nó chỉ quanh quẩn 50%. 64 đầu vào đã thay đổi điều gì?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a hidden layer, reach {percent} test accuracy on the digits</source>
        <translation>Với một lớp ẩn, hãy đạt độ chính xác kiểm tra {percent} trên các chữ số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag the sliders w₁, w₂ and b in the One neuron panel until the line separates the two blobs.</source>
        <translation>Kéo các thanh trượt w₁, w₂ và b trong bảng Một nơ-ron cho đến khi đường thẳng tách được hai cụm điểm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Play: gradient descent goes on from your weights.</source>
        <translation>Bấm Chạy: hạ gradient tiếp tục từ các trọng số của bạn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch the hidden activation to sigmoid and play again from new weights.</source>
        <translation>Chuyển hàm kích hoạt lớp ẩn sang sigmoid rồi chạy lại từ trọng số mới.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the preset: the hidden layers are linear.</source>
        <translation>Chạy cấu hình có sẵn: các lớp ẩn là tuyến tính.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the hidden activation to tanh and play again.</source>
        <translation>Đặt hàm kích hoạt lớp ẩn là tanh rồi chạy lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play until the cost stops falling.</source>
        <translation>Chạy cho đến khi chi phí thôi giảm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a hidden layer of 5 tanh units and play again.</source>
        <oldsource>Add a hidden layer of 4 tanh units and play again.</oldsource>
        <translation>Thêm một lớp ẩn gồm 5 đơn vị tanh rồi chạy lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Step panel is open: press Next to go through one step phase by phase.</source>
        <translation>Bảng Từng bước đang mở: bấm Tiếp để đi qua một bước huấn luyện theo từng giai đoạn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the initialization to He normal and play again.</source>
        <translation>Đặt cách khởi tạo là He (phân phối chuẩn) rồi chạy lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Then try He normal and play again.</source>
        <translation>Sau đó thử He (phân phối chuẩn) rồi chạy lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Play: one hidden unit on 200 points.</source>
        <translation>Chạy: một đơn vị ẩn trên 200 điểm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the base error to 5% in the Figures panel: the flower&apos;s noise puts about that many points on the wrong side.</source>
        <translation>Đặt sai số cơ sở là 5% trong bảng Số liệu: nhiễu của dữ liệu hình bông hoa đặt khoảng chừng đó điểm vào phía sai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the hidden layer 20 units and play again.</source>
        <translation>Cho lớp ẩn 20 đơn vị rồi chạy lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use 2000 points instead of 200 and play again.</source>
        <translation>Dùng 2000 điểm thay cho 200 rồi chạy lại.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Look at the averages of a year of temperatures with and without bias correction.</source>
        <translation>Xem các trung bình của nhiệt độ trong một năm, có và không có hiệu chỉnh độ chệch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch the series to this run&apos;s mini-batch costs and press Play.</source>
        <translation>Chuyển chuỗi sang chi phí lô nhỏ của lần chạy này rồi bấm Chạy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start in one dimension, as the course does: J(θ) = θ·x with θ = 4 and x = 2, whose derivative is x. Read the check at the top of the Gradient check panel.</source>
        <translation>Bắt đầu trong một chiều, như khoá học: J(θ) = θ·x với θ = 4 và x = 2, có đạo hàm là x. Đọc phép kiểm tra ở đầu bảng Kiểm tra gradient.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the check on the network.</source>
        <translation>Chạy phép kiểm tra trên mạng.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The preset&apos;s learning rate is far too small. Search the learning rate in the Tuning panel, apply the best trial and play.</source>
        <translation>Tốc độ học của cấu hình có sẵn quá nhỏ. Hãy tìm tốc độ học trong bảng Tinh chỉnh, áp dụng lần thử tốt nhất rồi chạy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Five ReLU layers started with weights × 0.01: play and watch the spread by depth.</source>
        <translation>Năm lớp ReLU khởi tạo với trọng số × 0,01: chạy và xem độ phân tán theo độ sâu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on batch normalization and play again; open Step by step to see μ, σ², Z_norm and Z̃ of each layer with their numbers.</source>
        <translation>Bật chuẩn hoá theo lô rồi chạy lại; mở chế độ Từng bước để xem μ, σ², Z_norm và Z̃ của mỗi lớp với các con số thật.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play: the hidden layer has only 2 ReLU units, so each image reaches the output as just two numbers.</source>
        <translation>Chạy: lớp ẩn chỉ có 2 đơn vị ReLU, nên mỗi ảnh đến lớp đầu ra chỉ còn là hai con số.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the hidden layer 32 units (a 64-32-10 network) and play again.</source>
        <translation>Cho lớp ẩn 32 đơn vị (mạng 64-32-10) rồi chạy lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the 32 weight images on the canvas (hover a unit for its activation on the digit shown), and click crosses in the projection to see the digits still got wrong.</source>
        <translation>Xem 32 ảnh trọng số trên hình vẽ mạng (di chuột lên một đơn vị để xem giá trị kích hoạt của nó trên chữ số đang hiển thị), và nhấp vào các dấu × trên hình chiếu để xem những chữ số mạng vẫn đoán sai.</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>The shapes of every matrix, and how dZ of one layer becomes dA of the layer before.</source>
        <translation>Kích thước của từng ma trận, và cách dZ của một lớp trở thành dA của lớp đứng trước.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The decision boundary: a straight line that cannot separate the circle (test accuracy below 75%), then a closed curve.</source>
        <translation>Đường biên quyết định: một đường thẳng không tách được hình tròn (độ chính xác kiểm tra dưới 75%), rồi một đường cong khép kín.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch to a non-linear activation and reach {percent} test accuracy</source>
        <translation>Chuyển sang hàm kích hoạt phi tuyến và đạt độ chính xác kiểm tra {percent}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The train accuracy: between 40% and 60% without a hidden layer, then above 85%.</source>
        <translation>Độ chính xác trên tập huấn luyện: từ 40% đến 60% khi không có lớp ẩn, rồi trên 85%.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a hidden layer and reach {percent} train accuracy</source>
        <translation>Thêm một lớp ẩn và đạt độ chính xác huấn luyện {percent}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why does the backward pass need the Z and A that the forward pass computed?</source>
        <translation>Vì sao lượt lan truyền ngược cần đến Z và A mà lượt lan truyền tiến đã tính?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zero initialization</source>
        <translation>Khởi tạo bằng 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If every weight starts at 0, every hidden unit of a layer computes the same thing and gets the same update: they stay identical forever, and the layer is no better than one unit. Random initial weights break this symmetry.</source>
        <translation>Nếu mọi trọng số bắt đầu bằng 0, mọi đơn vị ẩn trong một lớp đều tính cùng một thứ và nhận cùng một cập nhật: chúng giống hệt nhau mãi mãi, và cả lớp cũng chẳng hơn gì một đơn vị. Khởi tạo trọng số ngẫu nhiên sẽ phá vỡ tính đối xứng này.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is it enough to make the biases random and keep the weights at zero?</source>
        <translation>Chỉ cho độ lệch ngẫu nhiên và giữ trọng số bằng 0 thì có đủ không?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too large random weights</source>
        <translation>Trọng số ngẫu nhiên quá lớn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick an initialization that learns the circle ({percent} test accuracy)</source>
        <oldsource>Look at the spread by depth, then try small random and He initialization on the same data.</oldsource>
        <translation>Chọn một cách khởi tạo học được hình tròn (độ chính xác kiểm tra {percent})</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Why does the right scale of the initial weights depend on the number of inputs of a unit?</source>
        <translation>Vì sao thang đo phù hợp cho trọng số ban đầu lại phụ thuộc vào số đầu vào của một đơn vị?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xavier and He initialization</source>
        <translation>Khởi tạo Xavier và He</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Play, and compare the spread by depth with what large or small random weights gave.</source>
        <translation>Chạy, rồi so sánh độ phân tán theo độ sâu với kết quả khi dùng trọng số ngẫu nhiên lớn hoặc nhỏ.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Overfitting and regularization</source>
        <translation>Quá khớp và điều chuẩn</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>One neuron, by hand</source>
        <translation>Một nơ-ron, bằng tay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A neuron computes z = w₁·x₁ + w₂·x₂ + b and ŷ = σ(z), the probability of class 1. Its boundary is the line z = 0: the weights turn it, the bias shifts it. Training is finding w and b that make the cost J small; before any calculus, you can do it by hand.</source>
        <translation>Một nơ-ron tính z = w₁·x₁ + w₂·x₂ + b và ŷ = σ(z), xác suất của lớp nhãn 1. Đường biên của nó là đường thẳng z = 0: các trọng số xoay nó, độ lệch dịch nó. Huấn luyện là tìm w và b làm chi phí J nhỏ; trước khi cần đến giải tích, bạn có thể tự làm bằng tay.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cost J: 0.693 (ln 2) with every weight at 0, falling as the line separates the blobs; gradient descent then brings it lower than you did by hand.</source>
        <translation>Chi phí J: 0,693 (ln 2) khi mọi trọng số bằng 0, giảm dần khi đường thẳng tách được các cụm điểm; sau đó hạ gradient đưa nó xuống thấp hơn mức bạn làm được bằng tay.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why does the cost keep falling after every point is on the right side?</source>
        <translation>Vì sao chi phí vẫn tiếp tục giảm sau khi mọi điểm đã nằm đúng phía?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By hand, before pressing Play, reach {percent} train accuracy</source>
        <translation>Bằng tay, trước khi bấm Chạy, đạt độ chính xác huấn luyện {percent}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Fix it with He normal: reach {percent} test accuracy</source>
        <translation>Sửa bằng He (phân phối chuẩn): đạt độ chính xác kiểm tra {percent}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scaling the initial weights by the number n of inputs per unit keeps each layer&apos;s output at about the spread of its input, so signals and gradients stay level with depth. He uses √(2/n) and suits ReLU. The course calls √(1/n) &quot;Xavier&quot;; the Initialization menu lists it as LeCun normal, and keeps the name Xavier (Glorot) normal for √(2/(n_in + n_out)), the form of Glorot&apos;s paper; both suit tanh. A deep sigmoid network still loses gradient at every layer whatever the initialization, since σ′ ≤ ¼.</source>
        <translation>Chia tỷ lệ trọng số ban đầu theo số đầu vào n của mỗi đơn vị giữ cho đầu ra của mỗi lớp có độ phân tán xấp xỉ đầu vào của nó, nên tín hiệu và gradient giữ đều theo độ sâu. He dùng √(2/n) và hợp với ReLU. Khoá học gọi √(1/n) là &quot;Xavier&quot;; menu Khởi tạo ghi nó là LeCun (phân phối chuẩn), và giữ tên Xavier/Glorot (phân phối chuẩn) cho √(2/(n_in + n_out)), dạng trong bài báo của Glorot; cả hai hợp với tanh. Một mạng sigmoid sâu vẫn mất dần gradient qua mỗi lớp dù khởi tạo thế nào, vì σ′ ≤ ¼.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A large network on few noisy points can memorise the training set: the train accuracy keeps rising while the dev accuracy falls behind. L2 regularization penalises large weights (adding (λ/2m)·Σ‖W‖² to the cost); dropout switches units off at random while training. Both make a simpler function; early stopping stops before memorising starts.</source>
        <translation>Một mạng lớn trên ít điểm có nhiễu có thể học thuộc lòng tập huấn luyện: độ chính xác huấn luyện cứ tăng trong khi độ chính xác trên tập dev tụt lại phía sau. Điều chuẩn L2 phạt các trọng số lớn (cộng thêm (λ/2m)·Σ‖W‖² vào chi phí); dropout tắt ngẫu nhiên một số đơn vị trong lúc huấn luyện. Cả hai đều cho ra một hàm đơn giản hơn; dừng sớm thì dừng lại trước khi mạng bắt đầu học thuộc lòng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why judge a regularization setting on the dev split and not on the test split?</source>
        <translation>Vì sao đánh giá một mức điều chuẩn trên tập dev chứ không phải trên tập kiểm tra?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normalizing the inputs</source>
        <translation>Chuẩn hoá đầu vào</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why must the dev and test data be scaled with the training set&apos;s mean and deviation?</source>
        <translation>Vì sao dữ liệu dev và kiểm tra phải được chuẩn hoá bằng trung bình và độ lệch chuẩn của tập huấn luyện?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mini-batch gradient descent</source>
        <translation>Hạ gradient theo lô nhỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each step uses a mini-batch of the training set instead of all of it. Steps are cheaper and come more often, but each batch&apos;s cost is a noisy estimate of the whole cost, so the per-batch curve jitters while the trend falls.</source>
        <translation>Mỗi bước chỉ dùng một lô nhỏ của tập huấn luyện thay vì toàn bộ. Các bước rẻ hơn và diễn ra thường xuyên hơn, nhưng chi phí của mỗi lô chỉ là ước lượng có nhiễu của chi phí toàn bộ, nên đường chi phí theo từng lô rung lắc trong khi xu hướng chung vẫn giảm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why are batch sizes often powers of two, like 32 or 64?</source>
        <translation>Vì sao kích thước lô thường là lũy thừa của 2, như 32 hay 64?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Momentum, RMSprop and Adam</source>
        <translation>Momentum, RMSprop và Adam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Momentum follows an exponentially weighted average of past gradients, which damps oscillation. RMSprop divides each step by the root of an average of squared gradients, so steep directions take smaller steps. Adam does both, with bias correction.</source>
        <translation>Momentum đi theo trung bình có trọng số giảm theo hàm mũ của các gradient trước đó, nhờ vậy giảm dao động. RMSprop chia mỗi bước cho căn bậc hai của trung bình các bình phương gradient, nên các hướng dốc được đi bước nhỏ hơn. Adam kết hợp cả hai, có thêm hiệu chỉnh độ chệch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What does β = 0.9 mean in terms of how many past gradients momentum remembers?</source>
        <oldsource>What does β₁ = 0.9 mean in terms of how many past gradients momentum remembers?</oldsource>
        <translation>β = 0,9 có nghĩa là momentum nhớ khoảng bao nhiêu gradient trước đó?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning-rate decay</source>
        <translation>Giảm dần tốc độ học</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A large learning rate makes fast progress early but keeps bouncing around the minimum. Decaying α over the epochs takes big steps first and small ones later. Inverse-time decay: α = α₀ / (1 + decay_rate·⌊epoch / interval⌋).</source>
        <translation>Tốc độ học lớn giúp tiến nhanh lúc đầu nhưng cứ nảy qua nảy lại quanh điểm cực tiểu. Giảm dần α qua các epoch cho phép bước lớn trước, bước nhỏ sau. Giảm theo nghịch đảo thời gian: α = α₀ / (1 + decay_rate·⌊epoch / interval⌋).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The one-dimensional check&apos;s difference (about 3e-10: only rounding), then the network&apos;s overall verdict (correct, then wrong) and the layer the check points at.</source>
        <translation>Sai khác của phép kiểm tra một chiều (khoảng 3e-10: chỉ do làm tròn), rồi kết luận chung của mạng (đúng, rồi sai) và lớp mà phép kiểm tra chỉ ra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is the check run once to test the code, and never during training?</source>
        <oldsource>Play and follow the marker on the schedule; try exponential decay or another rate.</oldsource>
        <translation>Vì sao chỉ chạy kiểm tra một lần để thử mã, và không bao giờ chạy trong lúc huấn luyện?</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>What goes wrong if α decays too fast?</source>
        <translation>Điều gì xảy ra nếu α giảm quá nhanh?</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>The std(A) curve staying level across the hidden layers (within a factor of 3), where small random weights made it fall tenfold per layer. In the comparison table He ends with the highest test accuracy and the lowest test cost of the three, and zeros near 50%: a good initialization converges to a better network (the course&apos;s table: zeros 50%, large random 86%, He 96% test accuracy).</source>
        <translation>Đường std(A) giữ đều qua các lớp ẩn (chênh nhau không quá 3 lần), trong khi trọng số ngẫu nhiên nhỏ làm nó giảm mười lần mỗi lớp. Trong bảng so sánh, He kết thúc với độ chính xác kiểm tra cao nhất và chi phí kiểm tra thấp nhất trong ba cách, còn khởi tạo bằng 0 quanh 50%: một cách khởi tạo tốt hội tụ đến một mạng tốt hơn (bảng của khoá học: bằng 0 50%, ngẫu nhiên lớn 86%, He 96% độ chính xác kiểm tra).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Gradient checking</source>
        <translation>Kiểm tra gradient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backpropagation is easy to get subtly wrong. A gradient check compares it with the slope measured numerically: (J(θ + ε) − J(θ − ε)) / 2ε for every parameter. The relative difference should be below about 2e-7.</source>
        <translation>Lan truyền ngược rất dễ sai một cách khó thấy. Kiểm tra gradient so sánh nó với độ dốc đo bằng phương pháp số: (J(θ + ε) − J(θ − ε)) / 2ε cho từng tham số. Sai khác tương đối nên nhỏ hơn khoảng 2e-7.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Softmax for several classes</source>
        <translation>Softmax cho nhiều lớp nhãn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With more than two classes the output layer has one unit per class and softmax turns the scores into probabilities that add up to 1: ŷᵢ = eᶻⁱ / Σⱼ eᶻʲ. The loss is the cross-entropy of the true class.</source>
        <translation>Khi có nhiều hơn hai lớp nhãn, lớp đầu ra có một đơn vị cho mỗi lớp nhãn, và softmax biến các điểm số thành xác suất có tổng bằng 1: ŷᵢ = eᶻⁱ / Σⱼ eᶻʲ. Mất mát là cross-entropy của lớp nhãn đúng.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Play and look at the list of identical units.</source>
        <translation>Chạy và xem danh sách các đơn vị giống hệt nhau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try small random initialization and play again.</source>
        <oldsource>Set the initialization to He (normal) and play again.</oldsource>
        <translation>Thử khởi tạo ngẫu nhiên nhỏ rồi chạy lại.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Look at the spread by depth and play.</source>
        <translation>Xem độ phân tán theo độ sâu rồi chạy.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Without it the test accuracy stays near 50% and, after training, std(A) of the last hidden layer is below 0.01. With it the test accuracy ends above 90% and std(A) of every hidden layer is between 0.3 and 2. In the Z by layer panel, with batch normalization the 10–90% band of Z̃ in every hidden layer stays between −2.5 and 2.5, 1 to 3.5 wide, from the first step to the last: each layer&apos;s input keeps its place while the layers below learn. Without it every band is squeezed within 0.05 of 0, and the last hidden layer&apos;s band widens more than a thousandfold during training, following the layers below (the course&apos;s covariate shift).</source>
        <translation>Không có nó, độ chính xác kiểm tra ở quanh 50% và, sau khi huấn luyện, std(A) của lớp ẩn cuối nhỏ hơn 0,01. Có nó, độ chính xác kiểm tra cuối cùng trên 90% và std(A) của mọi lớp ẩn nằm giữa 0,3 và 2. Trong bảng Z theo lớp, khi có chuẩn hoá theo lô, dải 10–90% của Z̃ ở mọi lớp ẩn luôn nằm giữa −2,5 và 2,5, rộng từ 1 đến 3,5, từ bước đầu đến bước cuối: đầu vào của mỗi lớp giữ nguyên chỗ trong khi các lớp bên dưới học. Không có nó, mọi dải bị ép vào trong khoảng 0,05 quanh 0, và dải của lớp ẩn cuối rộng ra hơn một nghìn lần trong khi huấn luyện, theo các lớp bên dưới (sự dịch chuyển hiệp biến của khoá học).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Compare runs: He against zeros and large random weights, side by side, on the same data and seed.</source>
        <translation>So sánh các lần chạy: He với khởi tạo bằng 0 và trọng số ngẫu nhiên lớn, đặt cạnh nhau, trên cùng dữ liệu và seed ngẫu nhiên.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set L2 to 0.7 (or instead keep probability to 0.7) and play again from new weights.</source>
        <translation>Đặt L2 bằng 0,7 (hoặc thay vào đó đặt xác suất giữ lại bằng 0,7) rồi chạy lại từ trọng số mới.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the paths on two weights of the network.</source>
        <translation>Vẽ đường đi trên hai trọng số của mạng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn standardisation on.</source>
        <translation>Bật chuẩn hoá.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the paths again, then play.</source>
        <translation>Vẽ lại đường đi, rồi chạy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play with batches of 32 and show the mini-batch cost on the Cost plot.</source>
        <translation>Chạy với lô 32 mẫu và hiện chi phí lô nhỏ trên biểu đồ Chi phí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the batch size to 1 and play again.</source>
        <translation>Đặt kích thước lô bằng 1 rồi chạy lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set it to all the data (0) and play again.</source>
        <translation>Đặt nó là toàn bộ dữ liệu (0) rồi chạy lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw the paths on the bowl and replay them.</source>
        <translation>Vẽ đường đi trên mặt lòng chảo và phát lại chúng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch the run&apos;s optimizer to gradient descent at the same learning rate and play again.</source>
        <translation>Chuyển thuật toán tối ưu của lần chạy sang Gradient descent (hạ gradient) với cùng tốc độ học rồi chạy lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play and follow the marker on the schedule.</source>
        <translation>Chạy và theo dõi điểm đánh dấu trên lịch giảm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to exponential decay with rate 0.5 and play again.</source>
        <translation>Chuyển sang giảm theo hàm mũ với hệ số suy giảm 0,5 rồi chạy lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Break backprop at layer 1 and run the check again.</source>
        <translation>Làm hỏng lan truyền ngược ở lớp 1 rồi chạy kiểm tra lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play and watch the three regions form; read the confusion matrix in the Figures panel.</source>
        <translation>Chạy và xem ba vùng dần hình thành; đọc ma trận nhầm lẫn trong bảng Số liệu.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Press Play. In the Activation explorer, change the layer whose z is shown.</source>
        <oldsource>Which classes are confused with which, and where on the spiral.</oldsource>
        <translation>Bấm Chạy. Trong công cụ Khám phá hàm kích hoạt, đổi lớp được hiển thị z.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>With two classes, how is softmax related to sigmoid?</source>
        <translation>Với hai lớp nhãn, softmax liên hệ thế nào với sigmoid?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hyperparameter tuning</source>
        <translation>Tinh chỉnh siêu tham số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The learning rate, the network&apos;s size, the regularization and the batch size are chosen, not learnt. Try many settings, sampled at random (the learning rate on a log scale), and keep the one with the best dev score.</source>
        <translation>Tốc độ học, kích thước mạng, mức điều chuẩn và kích thước lô là do ta chọn, không phải học được. Hãy thử nhiều bộ giá trị lấy mẫu ngẫu nhiên (tốc độ học lấy trên thang logarit) và giữ lại bộ có điểm tốt nhất trên tập dev.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dev accuracy of each trial, and which hyperparameters matter most.</source>
        <translation>Độ chính xác trên tập dev của mỗi lần thử, và siêu tham số nào quan trọng nhất.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why sample the learning rate between 0.0001 and 1 on a log scale instead of evenly?</source>
        <translation>Vì sao nên lấy mẫu tốc độ học trong khoảng 0,0001 đến 1 trên thang logarit thay vì chia đều?</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Break one layer and let the check point at it</source>
        <translation>Làm hỏng một lớp và để phép kiểm tra chỉ ra lớp đó</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Play and watch the train and dev curves part.</source>
        <oldsource>Turn standardisation on and reach 95% train accuracy</oldsource>
        <translation>Chạy và xem hai đường huấn luyện và dev tách xa nhau.</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <location filename="../../ui/views/curves.py" line="+30"/>
        <source>train loss</source>
        <translation>mất mát huấn luyện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dev loss</source>
        <translation>mất mát trên tập dev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test loss</source>
        <translation>mất mát kiểm tra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>early stop</source>
        <translation>dừng sớm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diverged</source>
        <translation>phân kỳ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Log scale</source>
        <extracomment>Column of each field in ``Snapshot.history``.</extracomment>
        <translation>Thang logarit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plot the loss on a logarithmic axis, so small late improvements stay visible; a straight falling line is steady progress.</source>
        <translation>Vẽ mất mát trên trục logarit để những cải thiện nhỏ về sau vẫn thấy rõ; một đường thẳng đi xuống là tiến bộ đều đặn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mini-batch cost</source>
        <translation>Chi phí lô nhỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show each mini-batch&apos;s cost faintly behind the curves: it is noisy, and noisier still for small batches.</source>
        <translation>Hiện mờ chi phí của từng lô nhỏ phía sau các đường cong: nó nhiễu, và lô càng nhỏ thì càng nhiễu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+60"/>
        <source>J, dropout off</source>
        <translation>J, tắt dropout</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>With dropout, J is not well defined: each step drops other units, so the mini-batch cost is a different function every time. Show J with dropout off (the whole training set, penalty included, computed at each evaluation): it should fall steadily.</source>
        <translation>Khi có dropout, J không được xác định rõ: mỗi bước bỏ đi những nơ-ron khác, nên chi phí lô nhỏ là một hàm khác ở mỗi lần. Hiện J khi tắt dropout (trên cả tập huấn luyện, kể cả số hạng phạt, tính ở mỗi lần đánh giá): nó phải giảm đều.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The mean loss on each split as training goes on; a test curve that rises while the train curve falls is overfitting.</source>
        <translation>Mất mát trung bình trên từng tập theo quá trình huấn luyện; đường kiểm tra đi lên trong khi đường huấn luyện đi xuống là dấu hiệu quá khớp.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>step</source>
        <translation>bước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss</source>
        <translation>mất mát</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>mini-batch cost</source>
        <translation>chi phí lô nhỏ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window/mainwindow.py" line="+120"/>
        <source>{tip} ({shortcut})</source>
        <translation>{tip} ({shortcut})</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+53"/>
        <location line="+158"/>
        <source>Play</source>
        <translation>Chạy</translation>
    </message>
    <message>
        <location line="-211"/>
        <location line="+54"/>
        <source>Start or pause training</source>
        <translation>Bắt đầu hoặc tạm dừng huấn luyện</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+54"/>
        <source>Step</source>
        <translation>Một bước</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+55"/>
        <source>Train on one mini-batch, then pause</source>
        <translation>Huấn luyện trên một lô nhỏ rồi tạm dừng</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+56"/>
        <source>Epoch</source>
        <translation>Một epoch</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+56"/>
        <source>Train for one epoch (one pass over the training data), then pause</source>
        <translation>Huấn luyện một epoch (một lượt qua toàn bộ dữ liệu huấn luyện) rồi tạm dừng</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+57"/>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+58"/>
        <source>Start again from new random weights; the data stays</source>
        <translation>Bắt đầu lại với trọng số ngẫu nhiên mới; dữ liệu giữ nguyên</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+59"/>
        <source>New data</source>
        <translation>Dữ liệu mới</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+60"/>
        <source>Draw a new sample of the data set (a new data seed)</source>
        <translation>Lấy một mẫu mới của tập dữ liệu (seed dữ liệu mới)</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+62"/>
        <location line="+211"/>
        <source>Restart engine</source>
        <translation>Khởi động lại bộ tính toán</translation>
    </message>
    <message>
        <location line="-272"/>
        <location line="+62"/>
        <source>Start a new engine process from the last state shown</source>
        <translation>Chạy một tiến trình tính toán mới từ trạng thái hiển thị gần nhất</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+54"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+56"/>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+70"/>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+71"/>
        <source>Make everything bigger (for a projector)</source>
        <translation>Phóng to mọi thứ (khi chiếu lên màn hình lớn)</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+72"/>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+73"/>
        <source>Make everything smaller</source>
        <translation>Thu nhỏ mọi thứ</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+73"/>
        <source>Actual size</source>
        <translation>Kích thước gốc</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+74"/>
        <source>Back to the normal size</source>
        <translation>Trở về kích thước bình thường</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+68"/>
        <source>Training</source>
        <translation>Huấn luyện</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+107"/>
        <source>Settings</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+118"/>
        <source>Decision boundary</source>
        <translation>Biên quyết định</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+119"/>
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+125"/>
        <source>Figures</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <location line="-124"/>
        <location line="+126"/>
        <source>Draw a digit</source>
        <translation>Vẽ chữ số</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+129"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+131"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+132"/>
        <source>&amp;Training</source>
        <translation>&amp;Huấn luyện</translation>
    </message>
    <message>
        <location line="-132"/>
        <location line="+138"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location line="-137"/>
        <location line="+154"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location line="-154"/>
        <location line="+144"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location line="-142"/>
        <location line="+156"/>
        <location filename="extracted_strings.py" line="+99"/>
        <source>About NNSim</source>
        <translation>Giới thiệu NNSim</translation>
    </message>
    <message>
        <location line="-186"/>
        <location line="+209"/>
        <location line="+2"/>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location line="-180"/>
        <location line="+152"/>
        <source>Glossary…</source>
        <translation>Thuật ngữ…</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+152"/>
        <source>The terms of the course in English and Vietnamese, searchable</source>
        <translation>Các thuật ngữ của khoá học bằng tiếng Anh và tiếng Việt, có thể tìm kiếm</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Training diverged and paused at step {step}. {reason}</source>
        <translation>Quá trình huấn luyện bị phân kỳ và đã dừng ở bước {step}. {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roll back with learning rate {lr}</source>
        <translation>Quay lại với tốc độ học {lr}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the weights of the last good step and continue with a ten times smaller learning rate</source>
        <translation>Quay về trọng số của bước tốt gần nhất và tiếp tục với tốc độ học nhỏ hơn mười lần</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diverged at step {step}</source>
        <translation>Phân kỳ ở bước {step}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training, {rate} steps/s</source>
        <translation>Đang huấn luyện, {rate} bước/giây</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped early at step {step}</source>
        <translation>Dừng sớm ở bước {step}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused at step {step}</source>
        <translation>Tạm dừng ở bước {step}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Error: {message}</source>
        <translation>Lỗi: {message}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{message} Training stopped; restart the engine to go on from the last state shown.</source>
        <translation>{message} Quá trình huấn luyện đã dừng; hãy khởi động lại bộ tính toán để tiếp tục từ trạng thái hiển thị gần nhất.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Engine stopped</source>
        <translation>Bộ tính toán đã dừng</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Untitled</source>
        <translation>Chưa đặt tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}[*] — NNSim</source>
        <translation>{name}[*] — NNSim</translation>
    </message>
    <message>
        <location filename="extracted_strings.py" line="-1"/>
        <source>Training path: NumPy (install the fast extra, nnsim[fast], for the compiled kernel).</source>
        <translation>Cách huấn luyện: NumPy (cài gói bổ sung fast, nnsim[fast], để dùng nhân đã biên dịch).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training path: NumPy (the compiled kernel is switched off: NNSIM_NO_COMPILED=1).</source>
        <translation>Cách huấn luyện: NumPy (nhân đã biên dịch đang bị tắt: NNSIM_NO_COMPILED=1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;The real data sets shipped with NNSim come from the UCI Machine Learning Repository and are licensed under the {licence} licence ({short}); the files are the copies scikit-learn ships, with only the layout changed:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Các tập dữ liệu thật đi kèm NNSim lấy từ UCI Machine Learning Repository và được cấp phép theo giấy phép {licence} ({short}); các tệp là bản sao mà scikit-learn phân phối, chỉ đổi cách trình bày:&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training path: the compiled kernel (Numba {numba}) for networks of up to {units} units a layer without batch normalization or dropout; NumPy otherwise.</source>
        <translation>Cách huấn luyện: nhân đã biên dịch (Numba {numba}) cho các mạng có tối đa {units} đơn vị mỗi lớp, không có chuẩn hoá theo lô hay dropout; NumPy trong các trường hợp khác.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;NNSim {version}&lt;/b&gt;&lt;p&gt;A neural-network simulator for learners: draw a network, watch it learn, step through the numbers.&lt;/p&gt;</source>
        <translation>&lt;b&gt;NNSim {version}&lt;/b&gt;&lt;p&gt;Trình mô phỏng mạng nơ-ron cho người học: vẽ một mạng, xem nó học, đi qua từng con số.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../ui/window/message_bar.py" line="+36"/>
        <source>Hide this message</source>
        <translation>Ẩn thông báo này</translation>
    </message>
</context>
<context>
    <name>MisclassifiedGallery</name>
    <message>
        <location filename="../../ui/views/gallery.py" line="+45"/>
        <source>Misclassified test examples</source>
        <translation>Các mẫu kiểm tra bị phân loại sai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The test examples the network gets wrong now, with their true and predicted class. Click one to show it in the projection.</source>
        <translation>Các mẫu kiểm tra mà mạng đang đoán sai, kèm lớp nhãn thật và lớp nhãn dự đoán. Bấm vào một mẫu để xem nó trên hình chiếu.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Waiting for the engine…</source>
        <translation>Đang chờ bộ máy tính toán…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>None: every test example is classified right.</source>
        <translation>Không có: mọi mẫu kiểm tra đều được phân loại đúng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of the test examples are misclassified.</source>
        <translation>%1 mẫu kiểm tra bị phân loại sai.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 more</source>
        <translation>còn %1 mẫu nữa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row %1: class %2, predicted %3 (%4 sure).</source>
        <translation>Hàng %1: lớp nhãn %2, dự đoán %3 (chắc %4).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>true %1 → predicted %2</source>
        <translation>thật %1 → dự đoán %2</translation>
    </message>
</context>
<context>
    <name>Modes</name>
    <message>
        <location filename="../../ui/window/modes.py" line="+35"/>
        <location line="+64"/>
        <source>Step by step</source>
        <translation>Từng bước</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&amp;Live training</source>
        <translation>Huấn luyện &amp;trực tiếp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train at full speed and watch the network change</source>
        <translation>Huấn luyện hết tốc độ và xem mạng thay đổi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Propagation</source>
        <translation>&amp;Lan truyền</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play each step phase by phase: the signal forward, the error backward, then the update (slow speeds only; faster, it shows live training)</source>
        <translation>Chạy từng bước theo từng pha: tín hiệu lan truyền tiến, sai số lan truyền ngược, rồi cập nhật (chỉ ở tốc độ chậm; nhanh hơn thì chuyển sang huấn luyện trực tiếp)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Step by step</source>
        <translation>Từng &amp;bước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go through one training step a phase at a time, with the formulas and the numbers</source>
        <translation>Đi qua một bước huấn luyện theo từng pha, kèm công thức và các con số</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+50"/>
        <source>Export &amp;animation…</source>
        <translation>&amp;Xuất ảnh động…</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <source>Save the last training step&apos;s propagation as an animated GIF, for slides</source>
        <translation>Lưu quá trình lan truyền của bước huấn luyện gần nhất thành ảnh GIF động, để đưa vào bài trình chiếu</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>That example is not in this mini-batch; tick Batch of one to train on it alone.</source>
        <translation>Mẫu đó không nằm trong lô nhỏ này; hãy đánh dấu “Lô một mẫu” để huấn luyện riêng trên nó.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Too fast to show each phase: showing live training. Lower the speed to watch the propagation.</source>
        <translation>Quá nhanh để hiển thị từng pha: đang hiển thị huấn luyện trực tiếp. Hãy giảm tốc độ để xem quá trình lan truyền.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to animate yet: step through a training step first (Propagation or Step by step).</source>
        <translation>Chưa có gì để tạo ảnh động: hãy đi qua một bước huấn luyện trước (Lan truyền hoặc Từng bước).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export an animation</source>
        <translation>Xuất ảnh động</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Animated GIF (*.gif)</source>
        <translation>Ảnh GIF động (*.gif)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved {count} frames to {path}</source>
        <translation>Đã lưu {count} khung hình vào {path}</translation>
    </message>
</context>
<context>
    <name>NetworkCanvas</name>
    <message>
        <location filename="../../ui/canvas/view.py" line="+96"/>
        <source>No network yet</source>
        <translation>Chưa có mạng</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>+ layer</source>
        <translation>+ lớp</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 pixels (%2×%3)</source>
        <translation>%1 điểm ảnh (%2×%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 columns</source>
        <translation>%1 cột</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Input</source>
        <translation>Đầu vào</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>columns of the file</source>
        <translation>các cột của tệp</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 pixels of the image</source>
        <translation>%1 điểm ảnh của ảnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 measurements</source>
        <translation>%1 số đo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>click to switch on/off</source>
        <translation>nhấp để bật/tắt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Layer %1</source>
        <translation>Lớp %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 neuron</source>
        <translation>1 nơ-ron</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 neurons</source>
        <translation>%1 nơ-ron</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Output</source>
        <translation>Đầu ra</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>batch norm: on</source>
        <translation>chuẩn hoá lô: bật</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>batch norm: off</source>
        <translation>chuẩn hoá lô: tắt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BN (γ, β)</source>
        <translation>BN (γ, β)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Neuron: its output over the input plane (x₁ across, x₂ up),
blue low, white middle, orange high. Square: its bias b.</source>
        <translation>Nơ-ron: đầu ra của nó trên mặt phẳng đầu vào (x₁ theo chiều ngang, x₂ theo chiều dọc),
xanh là thấp, trắng là trung bình, cam là cao. Ô vuông: độ lệch b của nó.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Layer 1 neuron: its incoming weights w as an image, blue negative,
orange positive: the pattern of ink the neuron looks for.</source>
        <translation>Nơ-ron lớp 1: các trọng số w đi vào nó, vẽ thành ảnh, xanh là âm,
cam là dương: mẫu nét mực mà nơ-ron tìm kiếm.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Link: its weight w, blue negative, orange positive;
thicker for larger |w| (thickest at |w| ≥ 4).</source>
        <translation>Liên kết: trọng số w của nó, xanh là âm, cam là dương;
|w| càng lớn nét càng dày (dày nhất khi |w| ≥ 4).</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/interaction.py" line="+168"/>
        <source>Add a hidden layer</source>
        <translation>Thêm một lớp ẩn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove hidden layer %1</source>
        <translation>Xoá lớp ẩn %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a neuron to layer %1</source>
        <translation>Thêm một nơ-ron vào lớp %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove a neuron from layer %1</source>
        <translation>Bớt một nơ-ron khỏi lớp %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn batch normalization off</source>
        <translation>Tắt chuẩn hoá theo lô</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn batch normalization on</source>
        <translation>Bật chuẩn hoá theo lô</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop using input %1</source>
        <translation>Thôi dùng đầu vào %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use input %1</source>
        <translation>Dùng đầu vào %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set layer %1&apos;s activation to %2</source>
        <translation>Đặt hàm kích hoạt của lớp %1 là %2</translation>
    </message>
    <message>
        <location filename="extracted_strings.py" line="-254"/>
        <source>example %1</source>
        <translation>mẫu %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch of %1</source>
        <translation>lô gồm %1 mẫu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neuron %1 of layer %2</source>
        <translation>nơ-ron %1 của lớp %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a hidden layer here</source>
        <translation>Thêm một lớp ẩn ở đây</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight</source>
        <translation>Trọng số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network needs at least one input: switch another one on first.</source>
        <translation>Mạng cần ít nhất một đầu vào: hãy bật một đầu vào khác trước.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inputs of a CSV file are its columns: choose them when importing.</source>
        <translation>Đầu vào của tệp CSV là các cột của nó: hãy chọn chúng khi nhập tệp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>input %1</source>
        <translation>đầu vào %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output neuron %1</source>
        <translation>nơ-ron đầu ra %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove layer %1</source>
        <translation>Xoá lớp %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a neuron to layer %1 (key +)</source>
        <translation>Thêm một nơ-ron vào lớp %1 (phím +)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a neuron from layer %1 (key −)</source>
        <translation>Bớt một nơ-ron khỏi lớp %1 (phím −)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer %1&apos;s activation: click to choose another</source>
        <translation>Hàm kích hoạt của lớp %1: nhấp để chọn hàm khác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to feed it to the network.</source>
        <translation>Nhấp để đưa nó vào mạng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to stop feeding it to the network.</source>
        <translation>Nhấp để thôi đưa nó vào mạng.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>bias b = %1</source>
        <translation>độ lệch b = %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Bias of %1: b = %2</source>
        <translation>Độ lệch của %1: b = %2</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>this mini-batch, after the update</source>
        <translation>cùng lô nhỏ này, sau khi cập nhật</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch normalization of every hidden layer: Z̃ = γ⊙(Z − μ)/√(σ² + ε) + β, μ and σ² over each mini-batch, γ and β learnt in place of b. Click to turn it on or off.</source>
        <translation>Chuẩn hoá theo lô ở mọi lớp ẩn: Z̃ = γ⊙(Z − μ)/√(σ² + ε) + β, μ và σ² lấy trên từng lô nhỏ, γ và β được học thay cho b. Bấm để bật hoặc tắt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Batch normalization takes μ and σ² over a mini-batch: set the batch size to 2 or more first.</source>
        <translation>Chuẩn hoá theo lô lấy μ và σ² trên một lô nhỏ: trước hết hãy đặt kích thước lô từ 2 trở lên.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On your drawing (the drawing pad):</source>
        <translation>Trên hình vẽ của bạn (bảng vẽ):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click to type a new bias.</source>
        <translation>Nhấp để nhập độ lệch mới.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight from %1 to %2: w = %3</source>
        <translation>Trọng số từ %1 đến %2: w = %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to type a new weight.</source>
        <translation>Nhấp để nhập trọng số mới.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bias</source>
        <translation>Độ lệch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight from %1 to %2:</source>
        <translation>Trọng số từ %1 đến %2:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A network here has at most %1 hidden layers.</source>
        <translation>Ở đây một mạng có tối đa %1 lớp ẩn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A layer here has at most %1 neurons.</source>
        <translation>Ở đây một lớp có tối đa %1 nơ-ron.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A layer needs at least one neuron; to remove layer %1, click its ×.</source>
        <translation>Một lớp cần ít nhất một nơ-ron; để xoá lớp %1, hãy nhấp vào dấu × của nó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the probe example (training example %1):</source>
        <translation>Trên mẫu quan sát (mẫu huấn luyện %1):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input %1 (not used)</source>
        <translation>Đầu vào %1 (không dùng)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>batch norm: γ = %1, β = %2 (no b)</source>
        <translation>chuẩn hoá theo lô: γ = %1, β = %2 (không có b)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bias of %1:</source>
        <translation>Độ lệch của %1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value = %1</source>
        <translation>giá trị = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pre-activation z = %1</source>
        <translation>giá trị tiền kích hoạt z = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activation a = g(z) = %1</source>
        <translation>kích hoạt a = g(z) = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gradient dZ = ∂L/∂z = %1</source>
        <translation>gradient dZ = ∂L/∂z = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gradient db = dZ = %1</source>
        <translation>gradient db = dZ = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gradient dW = %1</source>
        <translation>gradient dW = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to follow this weight&apos;s chain rule in the step panel (backward, layer %1).</source>
        <translation>Bấm để theo dõi quy tắc chuỗi của trọng số này trong bảng từng bước (lan truyền ngược, lớp %1).</translation>
    </message>
</context>
<context>
    <name>NeuronPanel</name>
    <message>
        <location filename="../../ui/lessons/neuron_panel.py" line="+30"/>
        <source>&lt;b&gt;What to watch:&lt;/b&gt; ŷ = σ(w₁·x₁ + w₂·x₂ + b). The line w₁·x₁ + w₂·x₂ + b = 0 is where ŷ = ½: w₁ and w₂ turn it, b shifts it. With every weight at 0, ŷ = ½ for every point and the cost is ln 2 ≈ 0.693. Drag until the line separates the two blobs, then press Play: gradient descent goes on from your weights.</source>
        <extracomment>Each slider spans −RANGE … RANGE in steps of 1/SCALE.</extracomment>
        <translation>&lt;b&gt;Cần quan sát:&lt;/b&gt; ŷ = σ(w₁·x₁ + w₂·x₂ + b). Đường thẳng w₁·x₁ + w₂·x₂ + b = 0 là nơi ŷ = ½: w₁ và w₂ xoay nó, b dịch nó. Khi mọi trọng số bằng 0, ŷ = ½ với mọi điểm và chi phí là ln 2 ≈ 0,693. Kéo cho đến khi đường thẳng tách được hai cụm điểm, rồi bấm Chạy: hạ gradient tiếp tục từ các trọng số của bạn.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Drag to set {name}; the engine recomputes the cost at once</source>
        <translation>Kéo để đặt {name}; bộ máy tính lại chi phí ngay lập tức</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>These sliders set one neuron: a network with two inputs and no hidden layer (this one has sizes {sizes}).</source>
        <translation>Các thanh trượt này đặt một nơ-ron: một mạng có hai đầu vào và không có lớp ẩn (mạng này có kích thước {sizes}).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cost J {cost} · train accuracy {accuracy} · step {step}</source>
        <translation>Chi phí J {cost} · độ chính xác huấn luyện {accuracy} · bước {step}</translation>
    </message>
</context>
<context>
    <name>PadDock</name>
    <message>
        <location filename="../../ui/window/drawpad_dock.py" line="+58"/>
        <source>What the hidden units look for</source>
        <translation>Các nơ-ron ẩn tìm gì</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Draw a digit and see the network&apos;s class probabilities</source>
        <translation>Vẽ một chữ số và xem xác suất từng lớp nhãn của mạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only for image data (handwritten digits)</source>
        <translation>Chỉ dành cho dữ liệu ảnh (chữ số viết tay)</translation>
    </message>
</context>
<context>
    <name>PathsPanel</name>
    <message>
        <location filename="../../ui/lessons/paths_panel.py" line="+30"/>
        <source>gradient descent</source>
        <translation>gradient descent (hạ gradient)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>momentum</source>
        <translation>momentum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;What to watch:&lt;/b&gt; on a long narrow valley gradient descent zig-zags across the steep side while creeping along the floor; momentum averages the zig-zag away; RMSprop and Adam scale each direction by its own recent gradient size, so they head more straight for the minimum. With input standardisation off the contours of the network&apos;s cost stretch like this valley; with it on they round out.</source>
        <extracomment>The network surface&apos;s parameters unless a lesson chooses: W⁽¹⁾[0,0] and W⁽¹⁾[0,1].</extracomment>
        <translation>&lt;b&gt;Điều cần quan sát:&lt;/b&gt; trong một thung lũng dài và hẹp, hạ gradient đi zích zắc qua lại giữa hai sườn dốc trong khi chỉ nhích chậm dọc đáy thung lũng; momentum lấy trung bình nên triệt tiêu bớt zích zắc; RMSprop và Adam co giãn mỗi hướng theo độ lớn gradient gần đây của chính hướng đó, nên đi thẳng hơn tới điểm cực tiểu. Khi tắt chuẩn hoá đầu vào, các đường đồng mức của chi phí của mạng kéo dài ra như thung lũng này; khi bật, chúng tròn lại.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Elongated bowl</source>
        <translation>Lòng chảo thuôn dài</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two weights of the network</source>
        <translation>Hai trọng số của mạng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network&apos;s cost as a function of two of its parameters (W1[0,0] and W1[0,1] unless a lesson chooses), the others held, or the classic test bowl</source>
        <translation>Chi phí của mạng theo hai tham số của nó (W1[0,0] và W1[0,1] trừ khi bài học chọn khác), giữ nguyên các tham số còn lại, hoặc mặt lòng chảo thử nghiệm cổ điển</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw the paths</source>
        <translation>Vẽ các đường đi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay</source>
        <translation>Phát lại</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Surface</source>
        <translation>Bề mặt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paths over the cost&apos;s contours</source>
        <translation>Đường đi trên các đường đồng mức của chi phí</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>learning rate α</source>
        <translation>tốc độ học α</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning-rate schedule</source>
        <translation>Lịch giảm tốc độ học</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>step {i} of {n}, α = {lr}</source>
        <translation>bước {i} trên {n}, α = {lr}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Schedule: {formula}, α₀ = {lr}</source>
        <translation>Lịch giảm: {formula}, α₀ = {lr}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>epoch {e}, α = {lr}</source>
        <translation>epoch {e}, α = {lr}</translation>
    </message>
</context>
<context>
    <name>PlotItem</name>
    <message>
        <location filename="extracted_strings.py" line="+475"/>
        <source>Plot Options</source>
        <translation>Tuỳ chọn đồ thị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transforms</source>
        <translation>Biến đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downsample</source>
        <translation>Giảm mẫu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alpha</source>
        <translation>Độ trong suốt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid</source>
        <translation>Lưới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
</context>
<context>
    <name>ProjectionView</name>
    <message>
        <location filename="../../ui/views/projection.py" line="+64"/>
        <source>Click an example: its class probabilities.</source>
        <translation>Bấm vào một mẫu: xác suất từng lớp nhãn của nó.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 test examples on the two principal components, the directions along which the training inputs vary most: PC 1 across (%2 of the variance), PC 2 up (%3). Fill: true class; ring: predicted class; ×: misclassified (%4).</source>
        <translation>%1 mẫu kiểm tra trên hai thành phần chính, hai hướng mà đầu vào huấn luyện biến thiên nhiều nhất: PC 1 theo chiều ngang (%2 phương sai), PC 2 theo chiều dọc (%3). Màu nền: lớp nhãn thật; viền: lớp nhãn dự đoán; ×: phân loại sai (%4).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Row %1: class %2, predicted %3.</source>
        <translation>Hàng %1: lớp nhãn %2, dự đoán %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probabilities:</source>
        <translation>Xác suất:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="extracted_strings.py" line="+20"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive</source>
        <translation>Ổ đĩa</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-71"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Tìm trong:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Kiểu tệp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Lùi lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a New Folder</source>
        <translation>Tạo một thư mục mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to list view mode</source>
        <translation>Chuyển sang dạng danh sách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to detail view mode</source>
        <translation>Chuyển sang dạng chi tiết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go forward</source>
        <translation>Đi tiếp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of places and bookmarks</source>
        <translation>Danh sách vị trí và dấu trang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xoá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Hiện tệp ẩn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent Places</source>
        <translation>Nơi mở gần đây</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Bạn có chắc muốn xoá &apos;%1&apos;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not delete directory.</source>
        <translation>Không xoá được thư mục.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã có.
Bạn có muốn thay thế nó không?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp đã nhập.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục đã nhập.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Kiểu</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-76"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>Sao &amp;chép</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-26"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Có với tất &amp;cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>Khô&amp;ng với tất cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Huỷ bỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t Save</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without Saving</source>
        <translation>Đóng mà không lưu</translation>
    </message>
</context>
<context>
    <name>ResultsTable</name>
    <message>
        <location filename="../../ui/tuning/results.py" line="+102"/>
        <source>Trial</source>
        <translation>Lần thử</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Objective ({name})</source>
        <translation>Mục tiêu ({name})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train loss</source>
        <translation>Mất mát huấn luyện</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train accuracy</source>
        <translation>Độ chính xác huấn luyện</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dev loss</source>
        <translation>Mất mát trên tập dev</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dev accuracy</source>
        <translation>Độ chính xác trên tập dev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration (s)</source>
        <translation>Thời gian (s)</translation>
    </message>
</context>
<context>
    <name>ShiftPanel</name>
    <message>
        <location filename="../../ui/lessons/shift_panel.py" line="+27"/>
        <source>&lt;b&gt;What to watch:&lt;/b&gt; per hidden layer, a band from the 10% to the 90% quantile of Z (Z̃ with batch normalization) and its median, on the same 200 training examples at every step. A band that keeps its place: the layer&apos;s input stays put. Bands that shrink, grow or wander: covariate shift.</source>
        <translation>&lt;b&gt;Cần quan sát:&lt;/b&gt; với mỗi lớp ẩn, một dải từ phân vị 10% đến phân vị 90% của Z (Z̃ khi có chuẩn hoá theo lô) và trung vị của nó, trên cùng 200 ví dụ huấn luyện ở mọi bước. Dải giữ nguyên chỗ: đầu vào của lớp đứng yên. Dải co lại, giãn ra hay trôi đi: dịch chuyển hiệp biến.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step</source>
        <translation>bước</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+38"/>
        <source>No readings yet: press Play.</source>
        <translation>Chưa có số đo nào: hãy bấm Chạy.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>No hidden layer to watch.</source>
        <translation>Không có lớp ẩn nào để quan sát.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>layer {k}: {now} ({then})</source>
        <translation>lớp {k}: {now} ({then})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step {step}, width of each band (at step {first}): </source>
        <translation>Bước {step}, độ rộng mỗi dải (ở bước {first}): </translation>
    </message>
</context>
<context>
    <name>SpaceTable</name>
    <message>
        <location filename="../../ui/tuning/space_table.py" line="+79"/>
        <source>Use</source>
        <extracomment>What a row starts with when its key is chosen (keys not listed start empty). The rows a new panel shows: (key, in use). The keys &quot;Add parameter&quot; offers first, in order.</extracomment>
        <translation>Dùng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parameter</source>
        <translation>Tham số</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 − β</source>
        <translation>1 − β</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points</source>
        <translation>Số điểm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choices</source>
        <translation>Lựa chọn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search this parameter; unchecked rows keep the run config&apos;s value</source>
        <translation>Tìm kiếm tham số này; các dòng không đánh dấu giữ giá trị trong cấu hình chạy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any key of the run config</source>
        <translation>Bất kỳ khoá nào của cấu hình chạy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lowest value tried (with 1 − β: the lowest 1 − β)</source>
        <translation>Giá trị nhỏ nhất được thử (với 1 − β: giá trị 1 − β nhỏ nhất)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The highest value tried (with 1 − β: the highest 1 − β)</source>
        <translation>Giá trị lớn nhất được thử (với 1 − β: giá trị 1 − β lớn nhất)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample on a log scale: as many values between 0.0001 and 0.001 as between 0.1 and 1. The course&apos;s advice for the learning rate and λ</source>
        <translation>Lấy mẫu trên thang logarit: số giá trị giữa 0,0001 và 0,001 bằng số giá trị giữa 0,1 và 1. Đây là lời khuyên của khoá học cho tốc độ học và λ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For a β: sample 1 − β on a log scale, so β = 0.9 … 0.999 is searched as evenly as 0.9 … 0.99; Low and High are then values of 1 − β</source>
        <translation>Với một hệ số β: lấy mẫu 1 − β trên thang logarit, để khoảng β = 0,9 … 0,999 được tìm đều như khoảng 0,9 … 0,99; khi đó Thấp và Cao là giá trị của 1 − β</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many values of the range the grid sampler tries</source>
        <translation>Số giá trị trong khoảng mà bộ lấy mẫu lưới sẽ thử</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A list to pick from instead of a range, e.g. [8], [16, 8] or tanh, relu</source>
        <translation>Một danh sách để chọn thay cho một khoảng, ví dụ [8], [16, 8] hoặc tanh, relu</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>this key has two rows; keep one</source>
        <translation>khoá này có hai dòng; hãy giữ một</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the table</source>
        <translation>bảng</translation>
    </message>
</context>
<context>
    <name>SpeedControl</name>
    <message>
        <location filename="../../ui/panels/speed.py" line="+48"/>
        <source>Speed</source>
        <extracomment>Steps per second the speed control offers; None is as fast as the engine goes.</extracomment>
        <translation>Tốc độ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training steps per second, from a quarter of a step to as fast as the engine goes. Slow down to watch single updates move the boundary and the weights.</source>
        <translation>Số bước huấn luyện mỗi giây, từ một phần tư bước đến nhanh nhất có thể. Hãy chạy chậm lại để thấy từng lần cập nhật làm dịch chuyển biên quyết định và các trọng số.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>max</source>
        <translation>tối đa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{speed} steps/s</source>
        <translation>{speed} bước/giây</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../../ui/step/panel.py" line="+87"/>
        <source>◀ Previous</source>
        <extracomment>Model keys whose columns are the batch&apos;s examples (their table highlights the focused one).</extracomment>
        <translation>◀ Trước</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the previous phase of this step, as it was computed (key ← in step-by-step mode)</source>
        <translation>Quay lại pha trước của bước này, đúng như đã tính (phím ← trong chế độ từng bước)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next ▶</source>
        <translation>Tiếp ▶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compute the next phase: forward layer by layer, the loss, backward layer by layer, then the update (key → in step-by-step mode)</source>
        <translation>Tính pha tiếp theo: lan truyền tiến qua từng lớp, mất mát, lan truyền ngược qua từng lớp, rồi cập nhật (phím → trong chế độ từng bước)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="extracted_strings.py" line="-259"/>
        <source>whole batch</source>
        <translation>cả lô</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow one example of the mini-batch (its column), or the whole batch. Training uses the whole batch (unless Batch of one is ticked).</source>
        <translation>Theo dõi một mẫu của lô nhỏ (cột của nó), hoặc cả lô. Huấn luyện dùng cả lô (trừ khi đánh dấu “Lô một mẫu”).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The neuron of this layer written out term by term (or click a neuron on the network)</source>
        <translation>Nơ-ron của lớp này được viết ra từng số hạng (hoặc nhấp vào một nơ-ron trên hình vẽ mạng)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In a backward phase, the chain rule for one weight w_ij: i is the neuron, j this input from the layer below (or click a cell of dW in its table)</source>
        <translation>Ở một pha lan truyền ngược, quy tắc chuỗi cho một trọng số w_ij: i là nơ-ron, j là đầu vào này từ lớp bên dưới (hoặc bấm vào một ô của dW trong bảng của nó)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Batch of &amp;one</source>
        <translation>&amp;Lô một mẫu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Train the next steps on the focused example alone (a mini-batch of one), to see its own dW and db; untick to go back to the real mini-batches</source>
        <translation>Huấn luyện các bước tiếp theo chỉ trên mẫu đang theo dõi (lô nhỏ một mẫu) để xem dW và db của riêng nó; bỏ đánh dấu để trở lại các lô nhỏ thật</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Example:</source>
        <translation>&amp;Mẫu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Neuron:</source>
        <translation>&amp;Nơ-ron:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Weight j:</source>
        <translation>&amp;Trọng số j:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close the table</source>
        <translation>Đóng bảng</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>of %1</source>
        <translation>trên %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Forward, layer %1 of %2</source>
        <translation>Lan truyền tiến, lớp %1 trên %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss and cost</source>
        <translation>Mất mát và chi phí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward, layer %1 of %2</source>
        <translation>Lan truyền ngược, lớp %1 trên %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update of the parameters</source>
        <translation>Cập nhật tham số</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>phase %1 of %2 · step %3</source>
        <translation>pha %1 trên %2 · bước %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No step in progress</source>
        <translation>Không có bước nào đang diễn ra</translation>
    </message>
    <message>
        <location filename="extracted_strings.py" line="-1"/>
        <source>show all</source>
        <translation>hiện tất cả</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Press Next (or → in step-by-step mode) to compute the first phase of a training step: forward layer by layer, the loss, backward layer by layer, then the update. Each phase shows its formula and the actual numbers.</source>
        <translation>Nhấn Tiếp (hoặc → trong chế độ từng bước) để tính pha đầu tiên của một bước huấn luyện: lan truyền tiến từng lớp, hàm mất mát, lan truyền ngược từng lớp, rồi cập nhật. Mỗi pha cho thấy công thức và các con số thật.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>columns are examples</source>
        <translation>mỗi cột là một mẫu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Example %1 of the batch&apos;s %2 (training row %3): its column only.</source>
        <translation>Mẫu %1 trong %2 mẫu của lô (dòng huấn luyện %3): chỉ cột của nó.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Examples are columns here, as in the course (the engine keeps one example per row; this panel shows the transposes). Hover over a number to see all its digits.</source>
        <translation>Ở đây mỗi mẫu là một cột, như trong khoá học (bộ tính toán lưu mỗi mẫu một dòng; bảng này hiển thị ma trận chuyển vị). Di chuột lên một số để xem đầy đủ các chữ số.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One neuron: neuron %1 of layer %2, on the batch&apos;s first example (choose an example to follow another)</source>
        <translation>Một nơ-ron: nơ-ron %1 của lớp %2, trên mẫu đầu tiên của lô (chọn một mẫu để theo dõi mẫu khác)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole mini-batch: %1 examples, one per column.</source>
        <translation>Cả lô nhỏ: %1 mẫu, mỗi mẫu một cột.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dW and db stay averages over the whole batch.</source>
        <translation>dW và db vẫn là trung bình trên cả lô.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One neuron: neuron %1 of layer %2, example %3</source>
        <translation>Một nơ-ron: nơ-ron %1 của lớp %2, mẫu %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, the loss of each example, is computed from Z (never log 0).</source>
        <translation>%1, mất mát của từng mẫu, được tính từ Z (không bao giờ gặp log 0).</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Update with %1</source>
        <translation>Cập nhật bằng %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same rule updates every W and every b. v and s are shown as they are after this update, the values it used.</source>
        <translation>Cùng một quy tắc cập nhật mọi W và mọi b. v và s được hiển thị như sau lần cập nhật này, tức là các giá trị nó đã dùng.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The weights W multiply this example&apos;s inputs; the bias b is added.</source>
        <translation>Trọng số W nhân với các đầu vào của mẫu này; rồi cộng thêm độ lệch b.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W multiplies every column of %1; b is added to every column.</source>
        <translation>W nhân với mọi cột của %1; b được cộng vào mọi cột.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Dropout: each unit is kept with probability p = %1. The mask holds 0 for a dropped unit and 1/p = %2 for a kept one, so the expected activation does not change.</source>
        <translation>Dropout: mỗi đơn vị được giữ lại với xác suất p = %1. Mặt nạ chứa 0 cho đơn vị bị loại và 1/p = %2 cho đơn vị được giữ, nên giá trị kích hoạt kỳ vọng không đổi.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>%1 reaches the loss through every output (softmax couples them):</source>
        <translation>%1 đi tới hàm mất mát qua mọi đầu ra (softmax gắn chúng với nhau):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 reaches the loss through every unit q of layer %2, so its ∂ is a sum over them (each ∂L/∂z as the backward phase of layer %2 computed it):</source>
        <translation>%1 đi tới hàm mất mát qua mọi nơ-ron q của lớp %2, nên ∂ của nó là một tổng trên chúng (mỗi ∂L/∂z như pha lan truyền ngược của lớp %2 đã tính):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equal</source>
        <translation>bằng nhau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT equal</source>
        <translation>KHÔNG bằng nhau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chain rule for one weight: %1 (neuron %2, input %3), example %4</source>
        <translation>Quy tắc chuỗi cho một trọng số: %1 (nơ-ron %2, đầu vào %3), mẫu %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each box is a node: its name, its value in the forward pass and, in red, ∂L/∂node for this example. On each arrow, the local derivative. Pick another weight with Neuron and Weight above, or click a cell of dW in its table.</source>
        <translation>Mỗi ô là một nút: tên của nó, giá trị của nó trong lan truyền xuôi và, màu đỏ, ∂L/∂nút cho mẫu này. Trên mỗi mũi tên là đạo hàm cục bộ. Chọn trọng số khác bằng Nơ-ron và Trọng số ở trên, hoặc bấm vào một ô của dW trong bảng của nó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The product of the local derivatives</source>
        <translation>Tích các đạo hàm cục bộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why dZ = A − Y at this output</source>
        <translation>Vì sao dZ = A − Y ở đầu ra này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over the batch: the matrix formula&apos;s entry</source>
        <translation>Trên cả lô: phần tử của công thức ma trận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each of the m = %1 examples has its own chain like the one above; dW averages their products (the cost J is the mean of the losses).</source>
        <translation>Mỗi mẫu trong m = %1 mẫu có chuỗi riêng như chuỗi ở trên; dW lấy trung bình các tích của chúng (hàm chi phí J là trung bình các mất mát).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chain rule for one weight</source>
        <translation>Quy tắc chuỗi cho một trọng số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not shown with batch normalization: μ and σ² are taken over the whole batch, so each example&apos;s z̃ depends on every other example&apos;s z, and one example&apos;s chain is not a product of numbers. The normalisation&apos;s backward above writes it out as matrices; turn batch norm off to follow one weight.</source>
        <translation>Không hiển thị khi bật chuẩn hoá theo lô: μ và σ² được tính trên cả lô, nên z̃ của mỗi mẫu phụ thuộc vào z của mọi mẫu khác, và chuỗi của một mẫu không phải là một tích các số. Phần lan truyền ngược qua chuẩn hoá ở trên viết nó ra dưới dạng ma trận; hãy tắt chuẩn hoá theo lô để theo dõi một trọng số.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to every</source>
        <translation>tới mọi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output</source>
        <translation>đầu ra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 outputs</source>
        <translation>%1 đầu ra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edge</source>
        <translation>cạnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>local derivative</source>
        <translation>đạo hàm cục bộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>∂ of the node</source>
        <translation>∂ của nút</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product</source>
        <translation>tích</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The penalty&apos;s term enters once, after the mean: it is the derivative of (λ/2m)·Σ‖W‖² (or (λ₁/m)·Σ|W|), part of J and of no single example&apos;s loss.</source>
        <translation>Số hạng phạt được cộng một lần, sau trung bình: nó là đạo hàm của (λ/2m)·Σ‖W‖² (hoặc (λ₁/m)·Σ|W|), một phần của J chứ không thuộc mất mát của riêng mẫu nào.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>nơ-ron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layer %1</source>
        <translation>lớp %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 more branches</source>
        <translation>thêm %1 nhánh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(the y&apos;s of one example sum to 1)</source>
        <translation>(các y của một mẫu có tổng bằng 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matrix formula</source>
        <translation>công thức ma trận</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Batch normalization of layer %1</source>
        <translation>Chuẩn hoá theo lô ở lớp %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each unit&apos;s Z is normalised over the mini-batch (mean 0, variance 1), then scaled by γ and shifted by β, both learnt; β takes the place of b.</source>
        <translation>Z của mỗi đơn vị được chuẩn hoá trên lô nhỏ (trung bình 0, phương sai 1), rồi nhân với γ và cộng β, cả hai đều được học; β thay cho b.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over the whole batch (m = %1), even when one example is focused</source>
        <translation>trên cả lô (m = %1), kể cả khi đang xem một mẫu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back through the batch normalization of layer %1</source>
        <translation>Lan truyền ngược qua chuẩn hoá theo lô ở lớp %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The line above gives dZ̃, the derivative with respect to what g was applied to.</source>
        <translation>Dòng trên cho dZ̃, đạo hàm theo đầu vào của g.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every example&apos;s Z moved μ and σ², so each dZ depends on the whole batch.</source>
        <translation>Z của mỗi mẫu đều làm thay đổi μ và σ², nên mỗi dZ phụ thuộc vào cả lô.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not trained: averages of the batches&apos; μ and σ², used at test time.</source>
        <translation>Không được huấn luyện: trung bình của μ và σ² qua các lô, dùng khi kiểm tra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dz needs the whole batch&apos;s dz_norm (the formula above), not only this example&apos;s.</source>
        <translation>dz cần dz_norm của cả lô (công thức ở trên), không chỉ của mẫu này.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your drawing (the drawing pad), the batch&apos;s only example, with the class you chose.</source>
        <translation>Hình vẽ của bạn (bảng vẽ), mẫu duy nhất của lô, với lớp nhãn bạn đã chọn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The cost of this same mini-batch before and after the update, with dropout off.</source>
        <translation>Chi phí của chính lô nhỏ này trước và sau lần cập nhật, khi tắt dropout.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, the loss of each example, is half the squared distance between the output A and the target Y: L = ½·‖a − y‖², summed over the output units.</source>
        <translation>%1, mất mát của từng mẫu, bằng một nửa bình phương khoảng cách giữa đầu ra A và giá trị đích Y: L = ½·‖a − y‖², lấy tổng trên các đơn vị đầu ra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(m = %1)</source>
        <translation>(m = %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L2 with λ = %1</source>
        <translation>L2 với λ = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L1 with λ₁ = %1</source>
        <translation>L1 với λ₁ = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>penalty (%1) = %2</source>
        <translation>số hạng phạt (%1) = %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cost J is over the whole batch; the table shows this example&apos;s part.</source>
        <translation>Chi phí J tính trên cả lô; bảng chỉ hiển thị phần của mẫu này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At this output the loss&apos;s derivative simplifies exactly: dZ = A − Y.</source>
        <translation>Ở đầu ra này, đạo hàm của hàm mất mát rút gọn chính xác thành: dZ = A − Y.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dW and db are averages over the whole batch (m = %1), not this example&apos;s.</source>
        <translation>dW và db là trung bình trên cả lô (m = %1), không phải của riêng mẫu này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dA[0] is the derivative with respect to the inputs: training does not need it.</source>
        <translation>dA[0] là đạo hàm theo các đầu vào: huấn luyện không cần đến nó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is what the layer below receives.</source>
        <translation>Đây là thứ lớp bên dưới nhận được.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bias correction: early on v and s are small because they start at 0; dividing by these makes up for it.</source>
        <translation>Hiệu chỉnh độ chệch (bias correction): lúc đầu v và s nhỏ vì chúng bắt đầu từ 0; chia cho các số này để bù lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer %1</source>
        <translation>Lớp %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did the step help?</source>
        <translation>Bước này có giúp ích không?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A unit dropped in the forward pass passes no gradient back.</source>
        <translation>Một đơn vị bị loại trong lượt lan truyền tiến sẽ không truyền gradient ngược lại.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>old %1</source>
        <translation>%1 cũ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new %1</source>
        <translation>%1 mới</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is %2:</source>
        <translation>%1 là %2:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⊙ multiplies element by element;</source>
        <translation>⊙ là phép nhân từng phần tử;</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <location filename="../../ui/panels/timeline.py" line="+57"/>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checkpoints the engine kept while training: dense for recent steps, sparser further back. Drag back to see the network, the boundary and the curves as they were.</source>
        <translation>Các điểm lưu mà bộ tính toán giữ lại trong khi huấn luyện: dày ở các bước gần đây, thưa dần về trước. Kéo lùi lại để xem mạng, biên quyết định và các đường cong như lúc đó.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replay this step</source>
        <translation>Phát lại bước này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play the training step that followed this checkpoint, phase by phase (the present is kept)</source>
        <translation>Chạy bước huấn luyện tiếp sau điểm lưu này, từng pha một (trạng thái hiện tại được giữ nguyên)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+129"/>
        <source>Continue from here</source>
        <translation>Tiếp tục từ đây</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Train on from this checkpoint: a branch; the later history is discarded</source>
        <translation>Huấn luyện tiếp từ điểm lưu này: một nhánh mới; phần lịch sử phía sau bị bỏ đi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to now</source>
        <translation>Về hiện tại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the timeline and show the network as it is now</source>
        <translation>Rời dòng thời gian và hiển thị mạng như hiện tại</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Step {step}</source>
        <translation>Bước {step}</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+40"/>
        <source>Step {step} (now)</source>
        <translation>Bước {step} (hiện tại)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Continue training from step {step}? The history after it (up to step {now}) is discarded.</source>
        <translation>Tiếp tục huấn luyện từ bước {step}? Phần lịch sử sau đó (đến bước {now}) sẽ bị bỏ đi.</translation>
    </message>
</context>
<context>
    <name>TuningPanel</name>
    <message>
        <location filename="../../ui/tuning/panel.py" line="+67"/>
        <source>Add parameter</source>
        <translation>Thêm tham số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a row: any key of the run config can be searched</source>
        <translation>Thêm một dòng: có thể tìm kiếm trên bất kỳ khoá nào của cấu hình chạy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected row</source>
        <translation>Xoá dòng đã chọn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many trials the search runs</source>
        <translation>Số lần thử mà cuộc tìm kiếm sẽ chạy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worker processes training trials at once (default: one per core)</source>
        <translation>Số tiến trình huấn luyện các lần thử cùng lúc (mặc định: mỗi lõi một tiến trình)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Epochs each trial trains (the run config&apos;s training.epochs by default); fewer make a quicker, rougher search</source>
        <translation>Số epoch huấn luyện cho mỗi lần thử (mặc định là training.epochs của cấu hình chạy); ít hơn thì tìm nhanh hơn nhưng thô hơn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>random</source>
        <translation>ngẫu nhiên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>grid</source>
        <translation>lưới</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TPE</source>
        <translation>TPE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>random: values at random, as the course recommends; grid: every combination of the choices and each range&apos;s points (parallel jobs may try a point twice); TPE: Optuna&apos;s Bayesian sampler, which tries more values near the good ones</source>
        <translation>ngẫu nhiên: chọn giá trị ngẫu nhiên, như khoá học khuyên; lưới: thử mọi tổ hợp của các lựa chọn và các điểm của từng khoảng (các tiến trình song song có thể thử một điểm hai lần); TPE: bộ lấy mẫu Bayes của Optuna, thử nhiều giá trị hơn ở gần các giá trị tốt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trials are compared on the dev set: the loss is minimised, the accuracy maximised. The test set is kept out of the search.</source>
        <translation>Các lần thử được so sánh trên tập dev: mất mát càng nhỏ càng tốt, độ chính xác càng lớn càng tốt. Tập kiểm tra được giữ ngoài cuộc tìm kiếm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>my data folder (kept; resumes)</source>
        <translation>thư mục dữ liệu của tôi (giữ lại; chạy tiếp được)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>temporary (this session)</source>
        <translation>tạm thời (phiên này)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the trials are kept: a temporary file deleted when the app closes, or your data folder, where starting the same search again continues it</source>
        <translation>Nơi lưu các lần thử: một tệp tạm bị xoá khi đóng ứng dụng, hoặc thư mục dữ liệu của bạn, nơi chạy lại cùng cuộc tìm kiếm sẽ tiếp tục từ chỗ cũ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This run config has no dev set. Trials are compared on the dev set, so the search needs one.</source>
        <translation>Cấu hình chạy này không có tập dev. Các lần thử được so sánh trên tập dev, nên cuộc tìm kiếm cần có tập này.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+114"/>
        <source>Set dev_fraction to {share}</source>
        <translation>Đặt dev_fraction thành {share}</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Hold out a fifth of the data as the dev set (an undoable edit)</source>
        <translation>Giữ riêng một phần năm dữ liệu làm tập dev (phát triển) (có thể hoàn tác)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the search with the settings above</source>
        <translation>Bắt đầu tìm kiếm với các thiết lập ở trên</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+229"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location line="-227"/>
        <location line="+228"/>
        <source>Start no more trials; the running ones finish and are kept</source>
        <translation>Không bắt đầu thêm lần thử nào; các lần đang chạy sẽ chạy xong và được giữ lại</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>Apply this trial</source>
        <translation>Áp dụng lần thử này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the selected trial&apos;s values into the run config (one edit; Undo takes it back)</source>
        <translation>Đưa các giá trị của lần thử đã chọn vào cấu hình chạy (một lần chỉnh sửa; Hoàn tác sẽ lấy lại)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trials</source>
        <translation>Số lần thử</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel jobs</source>
        <translation>Số tiến trình song song</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs per trial</source>
        <translation>Số epoch mỗi lần thử</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampler</source>
        <translation>Bộ lấy mẫu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep trials in</source>
        <translation>Lưu các lần thử ở</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Search space&lt;/b&gt;</source>
        <translation>&lt;b&gt;Không gian tìm kiếm&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Cannot start: {reason}</source>
        <translation>Không bắt đầu được: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Starting {jobs} worker process(es)…</source>
        <translation>Đang khởi động {jobs} tiến trình…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopping the running trials now…</source>
        <translation>Đang dừng ngay các lần thử đang chạy…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop now</source>
        <translation>Dừng ngay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the running trials at once (they are marked failed)</source>
        <translation>Kết thúc ngay các lần thử đang chạy (chúng bị đánh dấu là thất bại)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopping: the running trials finish, no new one starts…</source>
        <translation>Đang dừng: các lần thử đang chạy sẽ chạy xong, không bắt đầu lần mới…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{done} of {total} trials</source>
        <translation>{done} trên {total} lần thử</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resuming a study of {n} trials: {m} more to run</source>
        <translation>Tiếp tục một nghiên cứu {n} lần thử: còn {m} lần nữa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running {n} trials…</source>
        <translation>Đang chạy {n} lần thử…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stopped: {done} of {n} trials complete.</source>
        <translation>Đã dừng: hoàn tất {done} trên {n} lần thử.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished: {done} of {n} trials complete.</source>
        <translation>Đã xong: hoàn tất {done} trên {n} lần thử.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The search stopped: {reason}</source>
        <translation>Cuộc tìm kiếm đã dừng: {reason}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Best so far: trial {n}, {name} {value}</source>
        <translation>Tốt nhất đến giờ: lần thử {n}, {name} {value}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Apply trial {n}</source>
        <translation>Áp dụng lần thử {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applied trial {n} to the run config.</source>
        <translation>Đã áp dụng lần thử {n} vào cấu hình chạy.</translation>
    </message>
    <message>
        <location filename="extracted_strings.py" line="+1"/>
        <source>Tuning</source>
        <translation>Tinh chỉnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hyperparameter search…</source>
        <translation>Tìm kiếm siêu tham số…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the Tuning panel: search learning rates, layer sizes and more on the dev set</source>
        <translation>Mở bảng Tinh chỉnh: tìm tốc độ học, kích thước lớp và nhiều thứ khác trên tập dev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the Tuning panel (hyperparameter search)</source>
        <translation>Hiện hoặc ẩn bảng Tinh chỉnh (tìm kiếm siêu tham số)</translation>
    </message>
</context>
<context>
    <name>TuningPlots</name>
    <message>
        <location filename="../../ui/tuning/results.py" line="+62"/>
        <source>The parameter on the scatter&apos;s horizontal axis</source>
        <translation>Tham số trên trục hoành của biểu đồ phân tán</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objective against</source>
        <translation>Mục tiêu theo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each complete trial: its objective against the chosen parameter</source>
        <translation>Mỗi lần thử đã hoàn tất: giá trị mục tiêu theo tham số đã chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each complete trial&apos;s objective in trial order, and the best objective so far</source>
        <translation>Giá trị mục tiêu của mỗi lần thử đã hoàn tất theo thứ tự, và giá trị tốt nhất đến thời điểm đó</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>best so far</source>
        <translation>tốt nhất đến giờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trial</source>
        <translation>lần thử</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>1 − {key}</source>
        <translation>1 − {key}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source> (log scale)</source>
        <translation> (thang logarit)</translation>
    </message>
</context>
<context>
    <name>TuningResults</name>
    <message>
        <location line="-197"/>
        <source>dev loss</source>
        <translation>mất mát trên tập dev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dev accuracy</source>
        <translation>độ chính xác trên tập dev</translation>
    </message>
</context>
<context>
    <name>UnitGrid</name>
    <message>
        <location filename="../../ui/views/unitgrid.py" line="+121"/>
        <source>For image data (the handwritten digits): each hidden unit&apos;s incoming weights drawn as an image.</source>
        <translation>Dành cho dữ liệu ảnh (chữ số viết tay): các trọng số đi vào của mỗi nơ-ron ẩn được vẽ thành một ảnh.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Unit %1 of layer 1: its %2 incoming weights, one per pixel</source>
        <translation>Nơ-ron %1 của lớp 1: %2 trọng số đi vào, mỗi điểm ảnh một trọng số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orange: ink there excites it (largest %1); blue: ink there inhibits it (smallest %2)</source>
        <translation>cam: mực ở đó kích thích nơ-ron (lớn nhất %1); xanh: mực ở đó ức chế nơ-ron (nhỏ nhất %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your drawing</source>
        <translation>hình vẽ của bạn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the probe example</source>
        <translation>mẫu quan sát</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activation on %1: a = %2</source>
        <translation>kích hoạt trên %1: a = %2</translation>
    </message>
</context>
<context>
    <name>ViewBox</name>
    <message>
        <location filename="extracted_strings.py" line="+259"/>
        <source>ViewBox options</source>
        <translation>Tuỳ chọn khung nhìn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View All</source>
        <translation>Xem toàn bộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>axis</source>
        <translation>trục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mouse Mode</source>
        <translation>Chế độ chuột</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 button</source>
        <translation>3 nút</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 button</source>
        <translation>1 nút</translation>
    </message>
</context>
<context>
    <name>activations</name>
    <message>
        <location line="-251"/>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linear</source>
        <translation>Tuyến tính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
</context>
<context>
    <name>formulas</name>
    <message>
        <location line="-5"/>
        <source>ReLU′(z) = 1 if z &gt; 0, else 0</source>
        <translation>ReLU′(z) = 1 nếu z &gt; 0, ngược lại 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>g(z) = z if z &gt; 0, else 0.01·z</source>
        <translation>g(z) = z nếu z &gt; 0, ngược lại 0,01·z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>g′(z) = 1 if z &gt; 0, else 0.01</source>
        <translation>g′(z) = 1 nếu z &gt; 0, ngược lại 0,01</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with cross-entropy: dZ = A − Y</source>
        <translation>với entropy chéo: dZ = A − Y</translation>
    </message>
</context>
<context>
    <name>nnsim</name>
    <message>
        <location line="-15"/>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear (identity)</source>
        <translation>Tuyến tính (đồng nhất)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Softmax (output only)</source>
        <translation>Softmax (chỉ đầu ra)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cross-entropy</source>
        <translation>Entropy chéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean squared error</source>
        <translation>Sai số bình phương trung bình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeros</source>
        <translation>Toàn số 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every weight zero: all hidden units of a layer stay identical (the symmetry problem).</source>
        <translation>Mọi trọng số bằng 0: các đơn vị ẩn trong một lớp luôn giống hệt nhau (vấn đề đối xứng).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small random</source>
        <translation>Ngẫu nhiên nhỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiny random weights: symmetry is broken, but in deep networks the signal fades layer by layer.</source>
        <translation>Trọng số ngẫu nhiên rất nhỏ: phá được tính đối xứng, nhưng trong mạng sâu tín hiệu yếu dần qua từng lớp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large random</source>
        <translation>Ngẫu nhiên lớn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huge random weights: tanh and sigmoid units saturate and the cost starts very high.</source>
        <translation>Trọng số ngẫu nhiên rất lớn: các đơn vị tanh và sigmoid bị bão hoà và chi phí ban đầu rất cao.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xavier (Glorot) normal</source>
        <translation>Xavier/Glorot (phân phối chuẩn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glorot&apos;s variance, averaging fan-in and fan-out: keeps tanh layers level.</source>
        <translation>Phương sai Glorot, lấy trung bình số đầu vào và số đầu ra: giữ tín hiệu các lớp tanh ổn định.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xavier (Glorot) uniform</source>
        <translation>Xavier/Glorot (phân phối đều)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glorot&apos;s variance 2/(n_in + n_out) from a uniform distribution.</source>
        <translation>Phương sai Glorot 2/(n_in + n_out), lấy từ phân phối đều.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>He normal</source>
        <translation>He (phân phối chuẩn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>He&apos;s variance 2/n_in: keeps ReLU layers level (ReLU zeroes half its inputs).</source>
        <translation>Phương sai He 2/n_in: giữ tín hiệu các lớp ReLU ổn định (ReLU triệt tiêu một nửa đầu vào).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>He uniform</source>
        <translation>He (phân phối đều)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>He&apos;s variance 2/n_in from a uniform distribution.</source>
        <translation>Phương sai He 2/n_in, lấy từ phân phối đều.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LeCun normal</source>
        <translation>LeCun (phân phối chuẩn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variance 1/n_in; this is what the deeplearning.ai course calls &quot;Xavier initialization&quot;.</source>
        <translation>Phương sai 1/n_in; khoá học deeplearning.ai gọi cách này là &quot;khởi tạo Xavier&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient descent</source>
        <translation>Gradient descent (hạ gradient)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Constant</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inverse time</source>
        <translation>Nghịch đảo thời gian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exponential</source>
        <translation>Hàm mũ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circle</source>
        <translation>Hình tròn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A disc (class 1, radius &lt; 0.5) inside a ring (class 0, radius 0.7 to 1).</source>
        <translation>Một hình tròn (lớp nhãn 1, bán kính &lt; 0,5) nằm trong một vành khuyên (lớp nhãn 0, bán kính 0,7 đến 1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclusive or (XOR)</source>
        <translation>Hoặc loại trừ (XOR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Four quadrants of [-1, 1]²: class 1 where x1·x2 &gt; 0.</source>
        <translation>Bốn góc phần tư của [-1, 1]²: lớp nhãn 1 khi x1·x2 &gt; 0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaussian blobs</source>
        <translation>Các cụm Gauss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One Gaussian blob per class, the centres evenly on the unit circle.</source>
        <translation>Mỗi lớp nhãn một cụm Gauss, các tâm chia đều trên đường tròn đơn vị.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spiral</source>
        <translation>Xoắn ốc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interleaved spiral arms from the centre out to radius 1, one per class.</source>
        <translation>Các nhánh xoắn ốc đan xen từ tâm ra tới bán kính 1, mỗi lớp nhãn một nhánh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two moons</source>
        <translation>Hai vầng trăng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two interleaving half circles (scikit-learn&apos;s make_moons, scaled to size 1).</source>
        <translation>Hai nửa đường tròn đan vào nhau (make_moons của scikit-learn, co về kích thước 1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flower</source>
        <translation>Bông hoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The course&apos;s planar petals r = 4·sin(4t); noise is added to the angle and the radius.</source>
        <translation>Các cánh hoa phẳng của khoá học r = 4·sin(4t); nhiễu được thêm vào góc và bán kính.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plane</source>
        <translation>Mặt phẳng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target y = (x1 + x2)/2 on [-1, 1]², noise added to y.</source>
        <translation>Mục tiêu y = (x1 + x2)/2 trên [-1, 1]², thêm nhiễu vào y.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sum of Gaussians</source>
        <translation>Tổng các hàm Gauss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target the sum of six Gaussian bumps of alternating sign on [-1, 1]².</source>
        <translation>Mục tiêu là tổng của sáu bướu Gauss đổi dấu xen kẽ trên [-1, 1]².</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iris (real data)</source>
        <translation>Hoa diên vĩ Iris (dữ liệu thật)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>150 iris flowers, 4 measurements in cm, 3 species (Fisher, 1936).</source>
        <translation>150 bông hoa diên vĩ, 4 số đo tính bằng cm, 3 loài (Fisher, 1936).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wine (real data)</source>
        <translation>Rượu vang (dữ liệu thật)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>178 wines, 13 chemical measurements, 3 cultivars.</source>
        <translation>178 mẫu rượu vang, 13 chỉ số hoá học, 3 giống nho.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breast cancer (real data)</source>
        <translation>Ung thư vú (dữ liệu thật)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>569 breast masses, 30 measurements of their cell nuclei, malignant or benign.</source>
        <translation>569 khối u vú, 30 số đo của nhân tế bào, ác tính hoặc lành tính.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handwritten digits (real data)</source>
        <translation>Chữ số viết tay (dữ liệu thật)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1,797 handwritten digits, 8×8 pixels of ink 0 to 16, the digits 0 to 9.</source>
        <translation>1.797 chữ số viết tay, 8×8 điểm ảnh với độ đậm mực từ 0 đến 16, các chữ số từ 0 đến 9.</translation>
    </message>
</context>
</TS>
